package se.huset.kit.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database error during a request: 503 problem+json when the connection was lost ({@link DatabaseLost}, found by
 * the chaos test restarting PostgreSQL under load), otherwise the usual logged 500 problem+json.
 */
@Produces
@Singleton
public class DatabaseLostHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLostHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        if (DatabaseLost.isConnectionLoss(exception)) {
            return DatabaseLost.unavailable(request, exception);
        }
        LOG.error("Unexpected error occurred: {}", exception.getMessage(), exception);
        return ProblemResponses.of(ProblemResponses.forStatus(500,
                "The request could not be completed; it has been logged."));
    }
}
