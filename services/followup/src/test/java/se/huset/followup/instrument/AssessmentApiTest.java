package se.huset.followup.instrument;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.followup.FollowupTestSupport;

import se.huset.kit.testing.TestCareTeams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AssessmentApiTest extends FollowupTestSupport {

    @Test
    void auditIsScoredWithTheClientsSexAndKept() {
        UUID woman = client("FEMALE", 40);
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/followup/assessments", Map.of(
                "clientId", woman.toString(), "instrument", "AUDIT", "answers", List.of(2, 2, 1, 1, 0, 0, 0, 0, 0, 0)))
                .header("Idempotency-Key", "a-1"), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(201);
        assertThat(body(r)).containsEntry("score", 6).containsEntry("riskLevel", "ZONE_I").containsEntry("aboveSexCutoff", true);

        Map<String, Object> list = body(call(HttpRequest.GET("/api/followup/clients/" + woman + "/assessments"), THERAPIST_REGION));
        assertThat((List<?>) list.get("items")).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) ((List<?>) list.get("items")).get(0);
        assertThat(kept).containsEntry("answers", List.of(2, 2, 1, 1, 0, 0, 0, 0, 0, 0)).containsEntry("score", 6)
                .containsEntry("instrument", "AUDIT").containsEntry("ownerOrg", "REGION");
        Map<String, Object> other = body(call(HttpRequest.GET("/api/followup/clients/" + woman + "/assessments"), THERAPIST_KOMMUN));
        assertThat(other).containsEntry("withheld", 1);
    }

    @Test
    void duditForAClientOfUnknownSexSaysSo() {
        UUID unregistered = UUID.randomUUID();
        TestCareTeams.inBothBodies(careRelationships, unregistered);
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/followup/assessments", Map.of(
                "clientId", unregistered.toString(), "instrument", "DUDIT",
                "answers", List.of(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0))), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(201);
        assertThat(body(r)).containsEntry("score", 3).containsEntry("riskLevel", "SEX_UNKNOWN");
        assertThat((String) body(r).get("note")).contains("sex unknown");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String id = UUID.randomUUID().toString();
        assertProblem(Map.of("clientId", id, "instrument", "AUDIT", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 3, 0)), "answers[8]");
        assertProblem(Map.of("clientId", id, "instrument", "AUDIT", "answers", List.of(0, 0)), "answers");
        assertProblem(Map.of("clientId", id, "instrument", "DUDIT", "answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), "answers");
        assertProblem(Map.of("clientId", id, "instrument", "ASI", "answers", List.of()), "instrument");
        assertProblem(Map.of("clientId", "x", "instrument", "AUDIT", "answers", List.of()), "clientId");
        assertProblem(Map.of("instrument", "AUDIT"), "clientId");
    }

    private void assertProblem(Map<String, Object> request, String field) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/followup/assessments", request), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat((String) body(r).get("detail")).startsWith(field + ":");
    }
}
