package se.huset.kit.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A lost database connection is a 503 problem+json to retry; any other database error stays a 500. */
class DatabaseLostHandlerTest {

    private final HttpRequest<?> request = HttpRequest.POST("/api/intake/contacts", "{}");

    @Test
    void sessionsCutByARestartAnswer503WithRetryAfter() {
        for (String state : new String[] {"57P01", "08006", "08003"}) {
            HttpResponse<Problem> r = new DatabaseLostHandler().handle(request,
                    new DataAccessException("Error executing SQL", new SQLException("terminating connection", state)));
            assertThat(r.code()).as("SQLSTATE %s", state).isEqualTo(503);
            assertThat(r.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
            assertThat(r.header("Retry-After")).isEqualTo("2");
        }
        HttpResponse<Problem> closed = new ConnectionLostHandler().handle(request, new ConnectionException(
                "Could not set JDBC Connection read-only: Connection is closed", new SQLException("Connection is closed", "08003")));
        assertThat(closed.code()).isEqualTo(503);
        assertThat(closed.body().status()).isEqualTo(503);
    }

    @Test
    void otherDatabaseErrorsStay500() {
        HttpResponse<Problem> r = new DatabaseLostHandler().handle(request,
                new DataAccessException("Error executing SQL", new SQLException("deadlock detected", "40P01")));
        assertThat(r.code()).isEqualTo(500);
        assertThat(r.body().type()).endsWith("internal-error");
    }
}
