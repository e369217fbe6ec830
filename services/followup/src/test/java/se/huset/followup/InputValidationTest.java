package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import se.huset.kit.testing.TestCareTeams;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 400 naming the field, never a 500. */
@MicronautTest(transactional = false)
class InputValidationTest extends FollowupTestSupport {

    @Test
    void malformedBodiesAreRefused() {
        for (String body : new String[] {"{", "{\"clientId\":\"" + UUID.randomUUID() + "\",\"instrument\":\"AUDIT\",\"answers\":[\"x\"]}",
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"instrument\":\"AUDIT\",\"answers\":[null,0,0,0,0,0,0,0,0,0]}",
                "[]"}) {
            HttpResponse<?> r = call(HttpRequest.POST("/api/followup/assessments", body).contentType(MediaType.APPLICATION_JSON_TYPE),
                    THERAPIST_REGION);
            assertThat(r.code()).as(body).isEqualTo(400);
        }
    }

    @Test
    void theLifeSituationFormNamesEachBadField() {
        UUID unregistered = UUID.randomUUID();
        TestCareTeams.inBothBodies(careRelationships, unregistered);
        Map<String, Object> good = new HashMap<>(Map.ofEntries(Map.entry("clientId", unregistered.toString()),
                Map.entry("housing", "OWN"), Map.entry("occupation", "WORK"), Map.entry("incomeSource", "WAGES"),
                Map.entry("alcoholDays", 3), Map.entry("drugDays", 0), Map.entry("crime", false), Map.entry("health", 3),
                Map.entry("qualityOfLife", 4), Map.entry("treatment", 5), Map.entry("ownGoal", "YES"),
                Map.entry("asiGrundOn", "2026-01-10")));
        HttpResponse<Map<String, Object>> created = call(HttpRequest.POST("/api/followup/life-situations", good), THERAPIST_REGION);
        assertThat(created.code()).isEqualTo(201);
        assertThat(body(created)).containsEntry("asiGrundOn", "2026-01-10").containsEntry("asiFollowUpOn", null);

        Map<String, Object> bad = Map.of("housing", "CASTLE", "alcoholDays", 31, "drugDays", -1, "health", 0,
                "qualityOfLife", 6, "treatment", 9, "ownGoal", "MAYBE", "asiGrundOn", "yesterday", "followUpId", "x");
        bad.forEach((field, value) -> {
            Map<String, Object> request = new HashMap<>(good);
            request.put(field, value);
            HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/followup/life-situations", request), THERAPIST_REGION);
            assertThat(r.code()).as(field).isEqualTo(400);
        });
        Map<String, Object> withoutCrime = new HashMap<>(good);
        withoutCrime.remove("crime");
        assertThat((String) body(call(HttpRequest.POST("/api/followup/life-situations", withoutCrime), THERAPIST_REGION))
                .get("detail")).startsWith("crime:");
        for (String field : new String[] {"housing", "alcoholDays", "health", "ownGoal", "asiGrundOn", "followUpId"}) {
            Map<String, Object> request = new HashMap<>(good);
            request.put(field, bad.get(field));
            assertThat((String) body(call(HttpRequest.POST("/api/followup/life-situations", request), THERAPIST_REGION))
                    .get("detail")).as(field).startsWith(field + ":");
        }
    }

    @Test
    void reportPeriodsAreChecked() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/followup/reports/frequency-groups?from=2026-13-01"), STEERING);
        assertThat(r.code()).isEqualTo(400);
        assertThat((String) body(r).get("detail")).startsWith("from:");
        Map<String, Object> ok = body(call(HttpRequest.GET("/api/followup/reports/frequency-groups?from=2026-01-01&to=2026-06-30"), STEERING));
        assertThat(ok.get("groups")).asList().hasSize(5);
    }
}
