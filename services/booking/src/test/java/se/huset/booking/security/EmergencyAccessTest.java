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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider at the glass: only the roles and situations the law allows, only for a client the service knows,
 * one short window at a time, and the other body is told.
 */
@MicronautTest(transactional = false)
class EmergencyAccessTest extends BookingTestSupport {

    private static final String SOCIAL_WORKER = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");
    private static final String HOUSING = TestTokens.token("housing.kommun", Org.KOMMUN, "HOUSING_STAFF");
    private static final String AUDITOR = TestTokens.token("auditor", Org.REGION, "AUDITOR");
    private static final String URGENT_CARE = "URGENT_CARE_WITHOUT_CONSENT";
    private static final String DANGER_TO_LIFE = "DANGER_TO_LIFE_OR_HEALTH";
    private static final String EXPLANATION = "Medvetslös i väntrummet, samtycke kan inte inhämtas";

    @Inject
    ClientFacts clientFacts;

    private UUID registered(String owner) {
        UUID id = UUID.randomUUID();
        clientFacts.apply(new ClientRegistered(id, owner, null, null));
        return id;
    }

    private HttpResponse<Map<String, Object>> open(UUID client, String situation, String token) {
        return call(HttpRequest.POST("/api/booking/emergency-access",
                Map.of("clientId", client.toString(), "situation", situation, "explanation", EXPLANATION)), token);
    }

    @Test
    void onlyTheRolesAndSituationsTheLawAllowsOpenAndARefusalWritesNothing() throws Exception {
        UUID client = registered("KOMMUN");
        for (String token : List.of(RECEPTION_REGION, HOUSING, THERAPIST_KOMMUN)) {
            HttpResponse<Map<String, Object>> refused = open(client, DANGER_TO_LIFE, token);
            assertThat(refused.code()).isEqualTo(403);
            assertThat(refused.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        }
        // a social worker may break the glass, but not in health care's situation
        assertThat(open(client, URGENT_CARE, SOCIAL_WORKER).code()).isEqualTo(403);
        assertThat(open(client, URGENT_CARE, AUDITOR).code()).isEqualTo(403);
        assertThat(open(client, URGENT_CARE, ADMIN).code()).isEqualTo(403);
        assertThat(openings(client)).isZero();

        assertThat(items(call(HttpRequest.GET("/api/booking/emergency-access/situations"), RECEPTION_REGION))).isEmpty();
        assertThat(items(call(HttpRequest.GET("/api/booking/emergency-access/situations"), SOCIAL_WORKER)))
                .extracting(s -> s.get("situation")).containsExactly("DANGER_TO_LIFE_OR_HEALTH", "URGENT_LVM");
        assertThat(items(call(HttpRequest.GET("/api/booking/emergency-access/situations"), THERAPIST_REGION)))
                .singleElement().satisfies(s -> assertThat((String) s.get("law")).contains("PDL (2008:355) 6 kap. 3 §"));
    }

    @Test
    void aClientNoOneRegisteredIsNotFoundAndNothingIsWritten() throws Exception {
        UUID unknown = UUID.randomUUID();
        HttpResponse<Map<String, Object>> missing = open(unknown, URGENT_CARE, THERAPIST_REGION);
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(openings(unknown)).isZero();
    }

    @Test
    void aSituationIsRequiredBesideTheExplanation() {
        UUID client = registered("KOMMUN");
        HttpResponse<Map<String, Object>> oldShape = call(HttpRequest.POST("/api/booking/emergency-access",
                Map.of("clientId", client.toString(), "reason", EXPLANATION)), THERAPIST_REGION);
        assertThat(oldShape.code()).isEqualTo(400);
        assertThat(body(oldShape).toString()).contains("situation");
        HttpResponse<Map<String, Object>> tooShort = call(HttpRequest.POST("/api/booking/emergency-access",
                Map.of("clientId", client.toString(), "situation", URGENT_CARE, "explanation", "akut")), THERAPIST_REGION);
        assertThat(tooShort.code()).isEqualTo(400);
        assertThat(body(tooShort).toString()).contains("explanation");
        assertThat(call(HttpRequest.POST("/api/booking/emergency-access", Map.of("clientId", client.toString(),
                "situation", "CURIOSITY", "explanation", EXPLANATION)), THERAPIST_REGION).code()).isEqualTo(400);
    }

    @Test
    void oneShortWindowAtATimeAndTheAuditorSeesHowOftenTheUserOpens() throws Exception {
        UUID client = registered("KOMMUN");
        HttpResponse<Map<String, Object>> opened = open(client, URGENT_CARE, THERAPIST_REGION);
        assertThat(opened.code()).isEqualTo(201);
        Map<String, Object> opening = body(opened);
        assertThat(opening).containsEntry("situation", URGENT_CARE).containsEntry("openerOrg", "REGION")
                .containsEntry("notifiedOrg", "KOMMUN").containsEntry("explanation", EXPLANATION);
        assertThat(Duration.between(Instant.parse((String) opening.get("openedAt")),
                Instant.parse((String) opening.get("expiresAt")))).isEqualTo(Duration.ofHours(1));

        HttpResponse<Map<String, Object>> again = open(client, URGENT_CARE, THERAPIST_REGION);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(openings(client)).isEqualTo(1);

        assertThat(open(registered("KOMMUN"), URGENT_CARE, THERAPIST_REGION).code()).isEqualTo(201);
        Map<String, Object> reviewed = items(call(HttpRequest.GET("/api/booking/emergency-access/reviews?limit=200"),
                AUDITOR)).stream().filter(o -> client.toString().equals(o.get("clientId"))).findFirst().orElseThrow();
        assertThat(reviewed).containsEntry("situation", URGENT_CARE).containsEntry("reason", EXPLANATION);
        assertThat(((Number) reviewed.get("openingsThatDay")).intValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void sixteenOpeningsAtTheSameMomentLeaveOneLive() throws Exception {
        UUID client = registered("KOMMUN");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> codes = new ArrayList<>();
            for (int n = 0; n < 16; n++) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return open(client, URGENT_CARE, THERAPIST_REGION).code();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> code : codes) {
                answered.add(code.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(openings(client)).isEqualTo(1);
    }

    @Test
    void theOwningBodySeesTheNoticeWithoutTheExplanation() {
        UUID client = registered("KOMMUN");
        assertThat(open(client, URGENT_CARE, THERAPIST_REGION).code()).isEqualTo(201);

        Map<String, Object> notice = notice(SOCIAL_WORKER, client);
        assertThat(notice).containsEntry("openedBy", "therapist.region").containsEntry("openerOrg", "REGION")
                .containsEntry("situation", URGENT_CARE).containsKey("expiresAt").doesNotContainKey("explanation");
        assertThat(notice.toString()).doesNotContain(EXPLANATION);
        // the Kommun's therapist reads it too; the opener's body, which does not own the client, is not told
        assertThat(notice(THERAPIST_KOMMUN, client)).isNotNull();
        assertThat(notice(THERAPIST_REGION, client)).isNull();
        assertThat(call(HttpRequest.GET("/api/booking/emergency-access/notices"), RECEPTION_REGION).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/booking/emergency-access/notices?after=broken"), SOCIAL_WORKER).code())
                .isEqualTo(400);
    }

    @Test
    void anOpeningPastNeedToKnowInsideTheOwningBodyIsNoticedByThatBody() {
        UUID client = registered("KOMMUN");
        assertThat(open(client, DANGER_TO_LIFE, SOCIAL_WORKER).code()).isEqualTo(201);

        assertThat(notice(THERAPIST_KOMMUN, client)).containsEntry("openerOrg", "KOMMUN")
                .containsEntry("situation", DANGER_TO_LIFE);
        assertThat(notice(THERAPIST_REGION, client)).as("the Region owns nothing of this client").isNull();
    }

    private Map<String, Object> notice(String token, UUID client) {
        return items(call(HttpRequest.GET("/api/booking/emergency-access/notices?limit=200"), token)).stream()
                .filter(n -> client.toString().equals(n.get("clientId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).isEqualTo(200);
        return (List<Map<String, Object>>) body(response).get("items");
    }

    private long openings(UUID client) throws Exception {
        try (Connection c = database().connect();
             PreparedStatement ps = c.prepareStatement("select count(*) from kit_emergency_access where client_id = ?")) {
            ps.setObject(1, client);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
