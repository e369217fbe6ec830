package se.huset.followup.sip;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ConsentGranted;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.consent.ConsentStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SipTest extends FollowupTestSupport {

    @Inject
    ConsentStore consents;

    @Test
    void aSipNeedsConsentThenMovesOnAndFlagsAnOverdueReview() {
        UUID client = client("MALE", 50);
        Map<String, Object> request = Map.of("clientId", client.toString(), "reviewOn", LocalDate.now().minusDays(1).toString());
        assertThat(call(HttpRequest.POST("/api/followup/sips", request), THERAPIST_REGION).code()).isEqualTo(422);

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("SOCIAL"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        HttpResponse<Map<String, Object>> created = call(HttpRequest.POST("/api/followup/sips", request), THERAPIST_REGION);
        assertThat(created.code()).isEqualTo(201);
        assertThat(body(created)).containsEntry("status", "CALLED").containsEntry("reviewOverdue", false);
        String id = (String) body(created).get("id");

        Map<String, Object> held = body(call(HttpRequest.POST("/api/followup/sips/" + id, Map.of("status", "HELD",
                "adherence", "PARTLY")), THERAPIST_REGION));
        assertThat(held).containsEntry("status", "HELD").containsEntry("adherence", "PARTLY").containsEntry("reviewOverdue", true);

        HttpResponse<Map<String, Object>> bad = call(HttpRequest.POST("/api/followup/sips/" + id, Map.of("status", "HELD",
                "adherence", "MOSTLY")), THERAPIST_REGION);
        assertThat(bad.code()).isEqualTo(400);
        assertThat((String) body(bad).get("detail")).startsWith("adherence:");
        assertThat(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString())), THERAPIST_REGION).code())
                .isEqualTo(400);
    }
}
