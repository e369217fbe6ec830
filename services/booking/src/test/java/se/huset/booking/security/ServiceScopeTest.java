package se.huset.booking.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Scopes;
import se.huset.kit.testing.TestTokens;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A SERVICE token in an insider's hands: it reads what its scopes name at the services it is meant for, and
 * nothing else: no client's appointment, no stats on an events:read token, no write, no other service's data.
 */
@MicronautTest(transactional = false)
class ServiceScopeTest extends BookingTestSupport {

    @Test
    void anEventsReadTokenReadsTheFeedAndNoClientRecordNorTheStats() {
        calendar("scope.therapist", Org.REGION, "Beroendeenheten");
        String appointment = (String) body(book(THERAPIST_REGION, Map.of("type", "FIRST_VISIT",
                "clientId", UUID.randomUUID().toString(), "staff", List.of("scope.therapist"),
                "start", at(1, DayOfWeek.TUESDAY, 10, 0), "end", at(1, DayOfWeek.TUESDAY, 11, 0)))).get("id");
        String feedOnly = TestTokens.service("booking", Scopes.EVENTS_READ);

        assertThat(call(HttpRequest.GET("/api/booking/events"), feedOnly).code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/booking/appointments/" + appointment), feedOnly).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/booking/stats"), feedOnly).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/booking/requests"), feedOnly).code()).isEqualTo(403);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + appointment + "/cancel",
                Map.of("by", "CLINIC")), feedOnly).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/booking/appointments/" + appointment), THERAPIST_REGION).code())
                .as("the appointment is there for its own staff").isEqualTo(200);
    }

    @Test
    void aStatsReadTokenReadsTheStatsAndNotTheFeed() {
        String statsOnly = TestTokens.service("booking", Scopes.STATS_READ);

        assertThat(call(HttpRequest.GET("/api/booking/stats"), statsOnly).code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/booking/events"), statsOnly).code()).isEqualTo(403);
    }

    @Test
    void aTokenMeantForAnotherServiceIsRefusedHere() {
        String intakes = TestTokens.service("intake", Scopes.EVENTS_READ, Scopes.STATS_READ);

        assertThat(call(HttpRequest.GET("/api/booking/events"), intakes).code()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/api/booking/stats"), intakes).code()).isEqualTo(401);
    }

    @Test
    void startUpFailsWithAShortOrPublishedServiceSecret() {
        for (String bad : List.of("", "short-secret", "dev-service-secret-change-me-0123456789abcdef")) {
            Map<String, Object> properties = new HashMap<>(getProperties());
            properties.put("huset.service-secret", bad);
            assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                    .as("'" + bad + "'").hasStackTraceContaining("huset.service-secret (HUSET_SERVICE_SECRET)");
        }
    }
}
