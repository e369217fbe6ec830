package se.huset.kit.problem;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;

/**
 * No database connection within the pool's wait (a burst, or PostgreSQL restarting): 503 problem+json with
 * Retry-After, so clients know to try again, instead of a 500. Nothing was written.
 */
@Produces
@Singleton
public class DatabaseBusyHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        return ProblemResponses.of(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                "The database is busy or restarting; nothing was saved. Try again in a moment.", null))
                .header("Retry-After", "2");
    }
}
