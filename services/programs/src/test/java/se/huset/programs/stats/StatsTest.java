package se.huset.programs.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.programs.ProgramsTestSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stats from enrollments made through the API, in a database of their own. By hand:
 * AP/REGION: 8 completed, 5 dropped out (at sessions 2, 2, 3, 4, 6), 5 active; 5 of the completers enrolled again
 * (returns). AP/KOMMUN: 1 active, the same client as an active Region one (one parallel track).
 * Enrollments 8 + 5 + 5 + 5 + 1 = 24. Finished 13: completion 8/13 = 0.615, drop-out 5/13 = 0.385, median drop-out
 * session 3. Returns 5 of 24 = 0.208. Active 6. Parallel-track clients 1 → "<5".
 */
@MicronautTest(transactional = false)
class StatsTest extends ProgramsTestSupport {

    @Override
    protected String databaseName() {
        return "programs_stats";
    }

    @Test
    void figuresMatchTheHandComputedOnesAndSmallCellsAreSuppressed() {
        List<UUID> completers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID client = client(30 + i);
            step(THERAPIST_REGION, active(THERAPIST_REGION, client, "AP", null), "complete", 200);
            completers.add(client);
        }
        int[] sessions = {2, 2, 3, 4, 6};
        for (int s : sessions) {
            String id = active(THERAPIST_REGION, client(40), "AP", null);
            assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + id + "/drop-out",
                    Map.of("reason", "slutade", "atSession", s)), THERAPIST_REGION).code()).isEqualTo(200);
        }
        UUID both = null;
        for (int i = 0; i < 5; i++) {
            UUID client = client(50);
            active(THERAPIST_REGION, client, "AP", null);
            both = client;
        }
        active(THERAPIST_KOMMUN, both, "AP", null);
        for (int i = 0; i < 5; i++) {
            assertThat(body(enroll(THERAPIST_REGION, completers.get(i), "AP", null)).get("returning")).isEqualTo(true);
        }

        Map<String, Object> stats = body(call(HttpRequest.GET("/api/programs/stats"), STEERING));
        assertThat(figure(stats, "enrollments")).containsEntry("value", 24);
        assertThat(figure(stats, "completionRate")).containsEntry("value", 0.615).containsEntry("n", 13);
        assertThat(figure(stats, "dropOutRate")).containsEntry("value", 0.385);
        assertThat(figure(stats, "dropOutSessionMedianByProgramAndOrg").get("value"))
                .isEqualTo(Map.of("AP/REGION", 3.0, "AP/KOMMUN", "<5"));
        assertThat(figure(stats, "returnsWithin12Months")).containsEntry("value", 5);
        assertThat(figure(stats, "returnShare")).containsEntry("value", 0.208);
        assertThat(figure(stats, "activeEnrollments")).containsEntry("value", 6);
        assertThat(((Map<?, ?>) figure(stats, "activeEnrollmentsByProgramAndOrg").get("value")).get("AP/KOMMUN")).isEqualTo("<5");
        assertThat(figure(stats, "parallelTrackClients")).containsEntry("value", "<5");
        assertThat(figure(stats, "coFacilitatedGroupsShare")).containsEntry("value", "<5");
        assertThat(stats.toString()).doesNotContain(both.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figure(Map<String, Object> stats, String name) {
        return (Map<String, Object>) stats.get(name);
    }
}
