package se.huset.programs.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.TestTokens;
import se.huset.programs.ProgramsTestSupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts and endings go on the programs feed, for the follow-up service to schedule from. */
@MicronautTest(transactional = false)
class EnrollmentEventsTest extends ProgramsTestSupport {

    @Test
    void startCompletionAndDropOutArePublished() {
        UUID client = client(31);
        String completed = active(THERAPIST_REGION, client, "CRA", null);
        step(THERAPIST_REGION, completed, "complete", 200);
        String dropped = active(THERAPIST_REGION, client, "MI", null);
        call(HttpRequest.POST("/api/programs/enrollments/" + dropped + "/drop-out", Map.of("reason", "flyttade",
                "atSession", 2)), THERAPIST_REGION);
        String cancelled = (String) body(enroll(THERAPIST_REGION, client, "AP", null)).get("id");
        step(THERAPIST_REGION, cancelled, "cancel", 200);

        Map<String, Object> feed = body(call(HttpRequest.GET("/api/programs/events?after=0&limit=500"), TestTokens.service()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = ((List<Map<String, Object>>) feed.get("events")).stream()
                .filter(e -> client.toString().equals(((Map<?, ?>) e.get("payload")).get("clientId"))).toList();
        assertThat(events).extracting(e -> e.get("type")).containsExactly("EnrollmentStarted", "EnrollmentCompleted",
                "EnrollmentStarted", "EnrollmentDroppedOut");
        Map<?, ?> drop = (Map<?, ?>) events.get(3).get("payload");
        assertThat(drop.get("enrollmentId")).isEqualTo(dropped);
        assertThat(drop.get("atSession")).isEqualTo(2);
        assertThat(drop.get("programCode")).isEqualTo("MI");
        assertThat(drop.containsKey("reason")).isFalse();
    }
}
