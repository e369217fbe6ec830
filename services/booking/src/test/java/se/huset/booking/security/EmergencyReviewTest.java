package se.huset.booking.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every emergency opening waits in the AUDITOR's queue until it is reviewed or escalated; no one else works it. */
@MicronautTest(transactional = false)
class EmergencyReviewTest extends BookingTestSupport {

    private static final String AUDITOR = TestTokens.token("auditor", Org.REGION, "AUDITOR");
    private static final String SOCIAL_WORKER = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");

    @Inject
    ClientFacts clientFacts;

    @Test
    void anOpeningWaitsForTheAuditorWhoMarksItOnceAndTheReviewIsLogged() throws Exception {
        UUID client = UUID.randomUUID();
        clientFacts.apply(new ClientRegistered(client, "REGION", null, null));
        HttpResponse<Map<String, Object>> opened = call(HttpRequest.POST("/api/booking/emergency-access",
                Map.of("clientId", client.toString(), "situation", "DANGER_TO_LIFE_OR_HEALTH",
                        "explanation", "Akut läge i väntrummet, samtycke kan inte inhämtas")), SOCIAL_WORKER);
        assertThat(opened.code()).isEqualTo(201);

        Map<String, Object> queue = body(call(HttpRequest.GET("/api/booking/emergency-access/reviews?limit=200"), AUDITOR));
        Map<String, Object> item = opening(queue, client);
        assertThat(item).containsEntry("username", "socialworker.kommun").containsEntry("reviewedBy", null);
        long id = ((Number) item.get("id")).longValue();

        // the one who opened it, or any colleague, cannot see the queue or clear their own opening
        assertThat(call(HttpRequest.GET("/api/booking/emergency-access/reviews"), SOCIAL_WORKER).code()).isEqualTo(403);
        assertThat(call(HttpRequest.POST("/api/booking/emergency-access/" + id + "/review",
                Map.of("outcome", "REVIEWED")), SOCIAL_WORKER).code()).isEqualTo(403);

        HttpResponse<Map<String, Object>> escalated = call(HttpRequest.POST("/api/booking/emergency-access/" + id
                + "/review", Map.of("outcome", "ESCALATED", "note", "Ingen vårdrelation; till enhetschefen")), AUDITOR);
        assertThat(escalated.code()).isEqualTo(200);
        assertThat(body(escalated)).containsEntry("reviewedBy", "auditor").containsEntry("outcome", "ESCALATED");

        assertThat(call(HttpRequest.POST("/api/booking/emergency-access/" + id + "/review",
                Map.of("outcome", "REVIEWED")), AUDITOR).code()).isEqualTo(409);
        assertThat(call(HttpRequest.POST("/api/booking/emergency-access/987654321/review",
                Map.of("outcome", "REVIEWED")), AUDITOR).code()).isEqualTo(404);
        assertThat(call(HttpRequest.POST("/api/booking/emergency-access/" + id + "/review",
                Map.of("outcome", "FORGOTTEN")), AUDITOR).code()).isEqualTo(400);

        // gone from the unreviewed queue, listed among the escalated, and the review is an audit row
        assertThat(opening(body(call(HttpRequest.GET("/api/booking/emergency-access/reviews?limit=200"), AUDITOR)), client))
                .isNull();
        assertThat(opening(body(call(HttpRequest.GET("/api/booking/emergency-access/reviews?status=ESCALATED&limit=200"),
                AUDITOR)), client)).containsEntry("note", "Ingen vårdrelation; till enhetschefen");
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select username, basis from kit_audit where action = 'EMERGENCY_REVIEW' and client_id = '" + client + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("auditor");
            assertThat(rs.getString(2)).isEqualTo("AUDIT:ESCALATED");
        }
        assertThat(call(HttpRequest.GET("/api/booking/emergency-access/reviews?status=LOST"), AUDITOR).code()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opening(Map<String, Object> page, UUID client) {
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(o -> client.toString().equals(o.get("clientId"))).findFirst().orElse(null);
    }
}
