package se.huset.followup.alert;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The alerts as a team works them: pages in the work's order, the filters, and take, assign, acknowledge, close. */
@MicronautTest(transactional = false)
class AlertWorklistTest extends FollowupTestSupport {

    static final String SOCIAL_KOMMUN = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");
    static final String COLLEAGUE_REGION = TestTokens.token("colleague.region", Org.REGION, "THERAPIST");

    @Inject
    AlertRepository repository;

    @Inject
    io.micronaut.transaction.TransactionOperations<Connection> tx;

    private Alert alert(BetweenChairsRule.Type type, String org, Instant since) {
        Alert a = new Alert(UUID.randomUUID(), type, UUID.randomUUID(), UUID.randomUUID(), org, since.minus(14, ChronoUnit.DAYS),
                since, AlertStatus.OPEN, null, null, null, null, null, null);
        tx.executeWrite(status -> {
            repository.insert(a);
            return null;
        });
        theTestUnitsWorkWithEveryClient();
        return a;
    }

    @Test
    void aPageIsTheMostUrgentTypeFirstThenTheOldestAndTheCursorLeadsOnWithoutRepeats() {
        Instant base = Instant.parse("2019-03-01T08:00:00Z");
        Alert programme = alert(BetweenChairsRule.Type.PROGRAMME_END_WITHOUT_FOLLOW_UP, "REGION", base);
        Alert lostLater = alert(BetweenChairsRule.Type.HOUSING_LOST, "REGION", base.plus(2, ChronoUnit.DAYS));
        Alert lostEarlier = alert(BetweenChairsRule.Type.HOUSING_LOST, "REGION", base.plus(1, ChronoUnit.DAYS));
        Alert visit = alert(BetweenChairsRule.Type.NO_FIRST_VISIT, "REGION", base);
        String window = "&from=2019-03-01&to=2019-03-03&owner=REGION";
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> page = body(call(HttpRequest.GET("/api/followup/alerts?limit=3" + window
                    + (after == null ? "" : "&after=" + after)), THERAPIST_REGION));
            items(page).forEach(i -> ids.add(i.get("id").toString()));
            assertThat(page).containsKey("withheld");
            after = (String) page.get("next");
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(2);
        assertThat(ids).containsExactly(lostEarlier.id().toString(), lostLater.id().toString(), visit.id().toString(),
                programme.id().toString());
        // the type filter keeps one kind
        assertThat(items(body(call(HttpRequest.GET("/api/followup/alerts?type=housing_lost" + window), THERAPIST_REGION))))
                .extracting(i -> i.get("id")).containsExactly(lostEarlier.id().toString(), lostLater.id().toString());
        // the date range is on the day the alert began
        assertThat(items(body(call(HttpRequest.GET("/api/followup/alerts?owner=REGION&from=2019-03-03&to=2019-03-03"),
                THERAPIST_REGION)))).extracting(i -> i.get("id")).containsExactly(lostLater.id().toString());
    }

    @Test
    void anAlertIsTakenAssignedAcknowledgedAndClosedWithAReasonEachStepAudited() throws Exception {
        Instant since = Instant.now().minus(3, ChronoUnit.DAYS);
        Alert a = alert(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE, "REGION", since);
        String path = "/api/followup/alerts/" + a.id();

        assertThat(body(call(HttpRequest.POST(path + "/take", Map.of()), THERAPIST_REGION)).get("assignedTo"))
                .isEqualTo("therapist.region");
        assertThat(items(body(call(HttpRequest.GET("/api/followup/alerts?mine=true&limit=200"), THERAPIST_REGION))))
                .extracting(i -> i.get("id")).contains(a.id().toString());
        assertThat(items(body(call(HttpRequest.GET("/api/followup/alerts?mine=true&limit=200"), COLLEAGUE_REGION))))
                .extracting(i -> i.get("id")).doesNotContain(a.id().toString());

        assertThat(body(call(HttpRequest.POST(path + "/assign", Map.of("to", "colleague.region")), THERAPIST_REGION))
                .get("assignedTo")).isEqualTo("colleague.region");
        assertThat(items(body(call(HttpRequest.GET("/api/followup/alerts?mine=true&limit=200"), COLLEAGUE_REGION))))
                .extracting(i -> i.get("id")).contains(a.id().toString());
        assertThat(call(HttpRequest.POST(path + "/assign", Map.of("to", "Robert'); drop table alert;--")), THERAPIST_REGION)
                .code()).isEqualTo(400);

        Map<String, Object> acknowledged = body(call(HttpRequest.POST(path + "/acknowledge", Map.of()), COLLEAGUE_REGION));
        assertThat(acknowledged).containsEntry("status", "ACKNOWLEDGED").containsEntry("acknowledgedBy", "colleague.region")
                .containsEntry("assignedTo", "colleague.region");
        assertThat(ids("/api/followup/alerts?owner=REGION&limit=200")).doesNotContain(a.id().toString());
        assertThat(ids("/api/followup/alerts?owner=REGION&status=acknowledged&limit=200")).contains(a.id().toString());

        assertThat(call(HttpRequest.POST(path + "/close", Map.of("reason", "FIXED_IT")), COLLEAGUE_REGION).code()).isEqualTo(400);
        Map<String, Object> closed = body(call(HttpRequest.POST(path + "/close", Map.of("reason", "AFTERCARE_ARRANGED")),
                COLLEAGUE_REGION));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closeReason", "AFTERCARE_ARRANGED")
                .containsEntry("closedBy", "colleague.region");
        assertThat(ids("/api/followup/alerts?owner=REGION&status=CLOSED&limit=200")).contains(a.id().toString());
        assertThat(call(HttpRequest.POST(path + "/take", Map.of()), THERAPIST_REGION).code()).as("closed is closed").isEqualTo(409);

        assertThat(auditActions(a.clientId())).contains("BETWEEN_CHAIRS_ALERT_TAKEN", "BETWEEN_CHAIRS_ALERT_ASSIGNED",
                "BETWEEN_CHAIRS_ALERT_ACKNOWLEDGED", "BETWEEN_CHAIRS_ALERT_CLOSED_AFTERCARE_ARRANGED");
    }

    @Test
    void onlyTheBodyWhoseDataRaisedTheAlertMayActOnItAndARefusalChangesNothing() {
        Alert a = alert(BetweenChairsRule.Type.NO_FIRST_VISIT, "REGION", Instant.now().minus(1, ChronoUnit.DAYS));
        String path = "/api/followup/alerts/" + a.id();
        for (String attacker : List.of(SOCIAL_KOMMUN, TestTokens.service(), STEERING)) {
            assertThat(call(HttpRequest.POST(path + "/take", Map.of()), attacker).code()).isEqualTo(403);
            assertThat(call(HttpRequest.POST(path + "/assign", Map.of("to", "socialworker.kommun")), attacker).code()).isEqualTo(403);
            assertThat(call(HttpRequest.POST(path + "/acknowledge", Map.of()), attacker).code()).isEqualTo(403);
            assertThat(call(HttpRequest.POST(path + "/close", Map.of("reason", "NOT_RELEVANT")), attacker).code()).isEqualTo(403);
            assertThat(call(HttpRequest.GET("/api/followup/alerts"), attacker).code()).isIn(200, 403);
        }
        assertThat(call(HttpRequest.GET("/api/followup/alerts"), STEERING).code()).isEqualTo(403);
        Alert after = tx.executeRead(status -> repository.find(a.id()).orElseThrow());
        assertThat(after.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(after.assignedTo()).isNull();
        assertThat(after.closedAt()).isNull();
        assertThat(call(HttpRequest.POST("/api/followup/alerts/" + UUID.randomUUID() + "/take", Map.of()), THERAPIST_REGION)
                .code()).isEqualTo(404);
    }

    @Test
    void aBadCursorLimitOrFilterIsA400NamingTheParameterAndThePageSaysSo() {
        Map<String, String> bad = Map.of("limit=0", "limit", "limit=abc", "limit", "limit=201", "limit",
                "after=bm90LWEtY3Vyc29y", "after", "status=READ", "status", "type=LATE", "type", "owner=USER_ORG", "owner",
                "from=2026-13-01", "from", "mine=maybe", "mine");
        bad.forEach((query, parameter) -> {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/followup/alerts?" + query), THERAPIST_REGION);
            assertThat(r.code()).as(query).isEqualTo(400);
            assertThat(r.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
            assertThat(body(r).get("errors").toString()).as(query).contains("field=" + parameter);
        });
        assertThat(call(HttpRequest.GET("/api/followup/alerts?from=2026-02-01&to=2026-01-01"), THERAPIST_REGION).code()).isEqualTo(400);
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/followup/alerts?limit=abc").bearerAuth(THERAPIST_REGION));
            throw new AssertionError("a bad limit on the page must answer 400");
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("värdet i ”limit” går inte att använda");
        }
    }

    private List<Object> ids(String uri) {
        return items(body(call(HttpRequest.GET(uri), THERAPIST_REGION))).stream().map(i -> i.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private List<String> auditActions(UUID client) throws Exception {
        try (Connection c = database().connect();
             PreparedStatement ps = c.prepareStatement("select action from kit_audit where client_id = ? order by id")) {
            ps.setObject(1, client);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
