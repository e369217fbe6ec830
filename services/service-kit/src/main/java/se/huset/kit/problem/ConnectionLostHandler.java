package se.huset.kit.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The transaction's connection was closed under it (PostgreSQL restarting cut the session, e.g. "Could not set JDBC
 * Connection read-only: Connection is closed"): 503 problem+json with Retry-After ({@link DatabaseLost}), not a 500.
 */
@Produces
@Singleton
public class ConnectionLostHandler implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConnectionException exception) {
        return DatabaseLost.unavailable(request, exception);
    }
}
