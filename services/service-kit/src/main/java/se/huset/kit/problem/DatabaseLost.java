package se.huset.kit.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.problem.ProblemTypes;

import java.sql.SQLException;

/**
 * The connection to PostgreSQL broke while a request used it (the server restarted or failed over and cut its
 * sessions). The answer is the same as for a busy database: 503 problem+json with Retry-After, not a 500; the
 * change may or may not have been committed, so the client retries with the same Idempotency-Key.
 */
final class DatabaseLost {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLost.class);

    private DatabaseLost() {
    }

    /** SQLSTATE class 08 (connection exception) or 57P01-57P03 (shut down by the administrator, crash, starting up). */
    static boolean isConnectionLoss(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Logs the lost connection for the request and answers it. */
    static HttpResponse<Problem> unavailable(HttpRequest<?> request, Throwable cause) {
        LOG.warn("{} {}: database connection lost, answered 503: {}", request.getMethodName(), request.getPath(),
                cause.getMessage());
        return ProblemResponses.of(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                        "The connection to the database was lost (it is restarting); the change may not have been "
                                + "saved. Try again in a moment with the same Idempotency-Key.", null))
                .header("Retry-After", "2");
    }
}
