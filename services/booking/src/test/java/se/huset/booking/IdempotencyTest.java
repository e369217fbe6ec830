package se.huset.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.idempotency.IdempotencyExpiry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key keeps no client data: a fingerprint of the request and the created resource's id. A retry is
 * answered by re-reading the resource; another request under the same key is a conflict; keys expire.
 */
@MicronautTest(transactional = false)
class IdempotencyTest extends BookingTestSupport {

    @Inject
    IdempotencyExpiry expiry;

    @BeforeAll
    void calendars() {
        calendar("idem.therapist", Org.REGION, "Beroendeenheten");
    }

    private MutableHttpRequest<?> booking(UUID client, int hour, String key) {
        return HttpRequest.POST("/api/booking/appointments", Map.of("type", "INDIVIDUAL", "clientId", client.toString(),
                "staff", List.of("idem.therapist"), "start", at(2, DayOfWeek.WEDNESDAY, hour, 0),
                "end", at(2, DayOfWeek.WEDNESDAY, hour + 1, 0))).header(Idempotency.HEADER, key);
    }

    @Test
    void aRetryIsAnsweredByReReadingWhatTheFirstCreatedAndNothingOfTheAnswerIsKept() throws SQLException {
        UUID client = UUID.randomUUID();
        HttpResponse<Map<String, Object>> first = call(booking(client, 9, "retry-1"), THERAPIST_REGION);
        HttpResponse<Map<String, Object>> retry = call(booking(client, 9, "retry-1"), THERAPIST_REGION);

        assertThat(first.code()).as(String.valueOf(first.body())).isEqualTo(201);
        assertThat(retry.code()).isEqualTo(201);
        assertThat(retry.getHeaders().get(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(stored("retry-1")).containsEntry("resource_id", body(first).get("id"))
                .doesNotContainKey("body")
                .allSatisfy((column, value) -> assertThat(String.valueOf(value)).doesNotContain(client.toString()));
    }

    @Test
    void theSameKeyWithAnotherRequestIsAConflict() {
        UUID client = UUID.randomUUID();
        assertThat(call(booking(client, 11, "reused-1"), THERAPIST_REGION).code()).isEqualTo(201);
        HttpResponse<Map<String, Object>> other = call(booking(UUID.randomUUID(), 13, "reused-1"), THERAPIST_REGION);

        assertThat(other.code()).isEqualTo(409);
        assertThat(other.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
    }

    @Test
    void expiredKeysAreDeletedAndAnExpiredKeyCreatesAfresh() throws SQLException {
        UUID client = UUID.randomUUID();
        String first = (String) body(call(booking(client, 14, "old-1"), THERAPIST_REGION)).get("id");
        age("old-1");
        HttpResponse<Map<String, Object>> again = call(booking(UUID.randomUUID(), 15, "old-1"), THERAPIST_REGION);
        assertThat(again.code()).as("an expired key is free again").isEqualTo(201);
        assertThat(body(again).get("id")).isNotEqualTo(first);

        age("old-1");
        assertThat(expiry.deleteExpired()).isPositive();
        assertThat(stored("old-1")).isEmpty();
    }

    /** Moves the key's row back past the 24 h retention. */
    private void age(String key) throws SQLException {
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update kit_idempotency set created_at = now() - interval '25 hours' where key = '" + key + "'");
        }
    }

    private Map<String, Object> stored(String key) throws SQLException {
        try (Connection c = database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from kit_idempotency where key = '" + key + "'")) {
            Map<String, Object> row = new java.util.HashMap<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
            }
            return row;
        }
    }
}
