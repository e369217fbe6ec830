package se.huset.housing.placement;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.FeedPage;
import se.huset.housing.HousingTestSupport;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.housing.aftercare.AftercareRepository;
import se.huset.kit.testing.TestTokens;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** No move-out without aftercare (but for a death); losing the place alerts the coordinator and is published. */
@MicronautTest(transactional = false)
class EndingPlacementTest extends HousingTestSupport {

    String bjorkebo;

    @Inject
    AftercareRepository aftercarePlans;
    @Inject
    JdbcOperations jdbc;

    @BeforeAll
    void units() {
        bjorkebo = unit("Björkebo T", "EMERGENCY", 20, null, false);
    }

    private String placed() {
        return (String) ok(place(client(38), bjorkebo, null, HOUSING_KOMMUN), 201).get("id");
    }

    private HttpResponse<Map<String, Object>> end(String placementId, String reason, Map<String, Object> aftercare) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        if (aftercare != null) {
            body.put("aftercare", aftercare);
        }
        return call(HttpRequest.POST("/api/housing/placements/" + placementId + "/end", body), SOCIAL_KOMMUN);
    }

    @Test
    void endingWithoutAftercareIsRefusedNamingEveryMissingField() {
        String id = placed();
        HttpResponse<Map<String, Object>> r = end(id, "PLANNED_OWN_HOUSING", null);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(r).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("aftercare.ownerStaff",
                "aftercare.ownerOrg", "aftercare.nextHousing", "aftercare.occupation", "aftercare.network",
                "aftercare.followUpDate");

        Map<String, Object> partial = new HashMap<>(aftercare());
        partial.remove("network");
        HttpResponse<Map<String, Object>> partly = end(id, "MOVED_TO_TREATMENT", partial);
        assertThat(partly.code()).isEqualTo(400);
        assertThat(body(partly).toString()).contains("aftercare.network").doesNotContain("aftercare.occupation");

        assertThat(ok(call(HttpRequest.GET("/api/housing/placements/" + id), SOCIAL_KOMMUN), 200))
                .containsEntry("status", "PLACED");
        Map<String, Object> ended = ok(end(id, "PLANNED_OWN_HOUSING", aftercare()), 200);
        assertThat(ended).containsEntry("status", "ENDED").containsEntry("endReason", "PLANNED_OWN_HOUSING");
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) ended.get("aftercare");
        assertThat(plan).containsEntry("ownerStaff", "socialworker.kommun");
        assertThat(end(id, "PLANNED_OWN_HOUSING", aftercare()).code()).isEqualTo(409);
    }

    @Test
    void aMoveOutReasonIsRequired() {
        HttpResponse<Map<String, Object>> r = end(placed(), null, aftercare());
        assertThat(r.code()).isEqualTo(400);
        assertThat(body(r).toString()).contains("reason");
    }

    @Test
    void aDeathNeedsNoAftercarePlan() {
        Map<String, Object> ended = ok(end(placed(), "DECEASED", null), 200);
        assertThat(ended).containsEntry("status", "ENDED").containsEntry("aftercare", null);
    }

    @Test
    void barredAfterRelapsePublishesHousingLostAndAlertsTheCoordinator() {
        UUID client = client(47);
        String flat = unit("Stödboende T", "SUPPORTED", 3, null, true);
        String decision = decision(client, "SOL_4_1");
        String id = (String) ok(place(client, flat, decision, HOUSING_KOMMUN), 201).get("id");
        ok(end(id, "BARRED_AFTER_RELAPSE", aftercare()), 200);

        FeedPage feed = http.toBlocking().retrieve(HttpRequest.GET("/api/housing/events?after=0&limit=1000")
                .bearerAuth(TestTokens.service()), FeedPage.class);
        assertThat(feed.events()).filteredOn(e -> e.aggregateId().equals(id)).extracting(e -> e.type())
                .containsExactly("PlacementStarted", "PlacementEnded", "HousingLost");
        var lost = feed.events().stream().filter(e -> e.aggregateId().equals(id) && e.type().equals("HousingLost"))
                .findFirst().orElseThrow();
        assertThat(lost.payload()).containsEntry("clientId", client.toString())
                .containsEntry("reason", "BARRED_AFTER_RELAPSE").containsEntry("coordinator", "socialworker.kommun");
        var ended = feed.events().stream().filter(e -> e.aggregateId().equals(id) && e.type().equals("PlacementEnded"))
                .findFirst().orElseThrow();
        assertThat(ended.payload()).containsEntry("aftercarePlan", true);

        Map<String, Object> alerts = ok(call(HttpRequest.GET("/api/housing/alerts"), SOCIAL_KOMMUN), 200);
        Map<String, Object> alert = items(alerts).stream().filter(a -> id.equals(a.get("placementId")))
                .findFirst().orElseThrow();
        assertThat(alert).containsEntry("reason", "BARRED_AFTER_RELAPSE").containsEntry("coordinator", "socialworker.kommun");
        Map<String, Object> acknowledged = ok(call(HttpRequest.POST("/api/housing/alerts/" + alert.get("id")
                + "/acknowledge", Map.of()), SOCIAL_KOMMUN), 200);
        assertThat(acknowledged.get("acknowledgedBy")).isEqualTo("socialworker.kommun");
    }

    @Test
    void aPlannedMoveOutRaisesNoAlarm() {
        String id = placed();
        ok(end(id, "PLANNED_OWN_HOUSING", aftercare()), 200);
        FeedPage feed = http.toBlocking().retrieve(HttpRequest.GET("/api/housing/events?after=0&limit=1000")
                .bearerAuth(TestTokens.service()), FeedPage.class);
        assertThat(feed.events()).filteredOn(e -> e.aggregateId().equals(id)).extracting(e -> e.type())
                .containsExactly("PlacementStarted", "PlacementEnded");
    }

    @Test
    void aPlacedClientMovesToAFreePlaceAndTheOldOneIsFreed() {
        String small = unit("Träningslägenhet T", "TRAINING_FLAT", 1, null, false);
        String id = placed();
        Map<String, Object> moved = ok(call(HttpRequest.POST("/api/housing/placements/" + id + "/move",
                Map.of("unitId", small)), HOUSING_KOMMUN), 200);
        assertThat(moved).containsEntry("unitId", small).containsEntry("status", "PLACED");
        assertThat(call(HttpRequest.POST("/api/housing/placements/" + placed() + "/move", Map.of("unitId", small)),
                HOUSING_KOMMUN).code()).isEqualTo(409);
        List<Map<String, Object>> units = http.toBlocking().retrieve(HttpRequest.GET("/api/housing/units")
                .bearerAuth(HOUSING_KOMMUN), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(units).filteredOn(u -> small.equals(u.get("id"))).extracting(u -> u.get("occupied")).containsExactly(1);
    }

    @Test
    void theAftercarePlanIsStoredStrippedAndTheStayIsClosed() {
        String id = placed();
        Map<String, Object> padded = new HashMap<>(aftercare());
        padded.put("ownerStaff", "  socialworker.kommun ");
        padded.put("network", " Syster i Brunflo ");
        ok(end(id, "PLANNED_OWN_HOUSING", padded), 200);

        AftercarePlan plan = aftercarePlans.find(UUID.fromString(id)).orElseThrow();
        assertThat(plan.ownerStaff()).isEqualTo("socialworker.kommun");
        assertThat(plan.network()).isEqualTo("Syster i Brunflo");
        assertThat(plan.ownerOrg()).hasToString("KOMMUN");
        assertThat(aftercarePlans.find(UUID.randomUUID())).isEmpty();
        assertThat(openStays(id)).isZero();
    }

    @Test
    void aMoveClosesOneStayAndOpensTheNext() {
        String id = placed();
        assertThat(openStays(id)).isEqualTo(1);
        String other = unit("Björkebo T2", "EMERGENCY", 5, null, false);
        ok(call(HttpRequest.POST("/api/housing/placements/" + id + "/move", Map.of("unitId", other)), HOUSING_KOMMUN), 200);
        assertThat(openStays(id)).isEqualTo(1);
        assertThat(stays(id)).isEqualTo(2);
    }

    private int openStays(String placementId) {
        return count("select count(*) from stay where placement_id = ? and ended_at is null", placementId);
    }

    private int stays(String placementId) {
        return count("select count(*) from stay where placement_id = ?", placementId);
    }

    private int count(String sql, String placementId) {
        return jdbc.execute(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setObject(1, UUID.fromString(placementId));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
