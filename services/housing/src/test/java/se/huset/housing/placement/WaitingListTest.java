package se.huset.housing.placement;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's way out: placed into a free place, moved in from another unit, or withdrawn. */
@MicronautTest(transactional = false)
class WaitingListTest extends HousingTestSupport {

    private String queue(UUID client, String unit, String decision) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("clientId", client, "unitId", unit, "queue", true));
        if (decision != null) {
            body.put("decisionId", decision);
        }
        Map<String, Object> entry = ok(call(HttpRequest.POST("/api/housing/placements", body), SOCIAL_KOMMUN), 201);
        assertThat(entry).containsEntry("status", "WAITING");
        return (String) entry.get("id");
    }

    @Test
    void aClientInEmergencyHousingMovesInFromTheQueueWhenAPlaceFrees() {
        String bjorkebo = unit("Björkebo W", "EMERGENCY", 5, null, false);
        String skog = unit("Skogsgläntan W", "LOW_THRESHOLD", 1, 45, true);
        UUID resident = client(61);
        String residentPlacement = (String) ok(place(resident, skog, decision(resident, "SOL_4_1"),
                SOCIAL_KOMMUN), 201).get("id");

        UUID waiting = client(52);
        String home = (String) ok(place(waiting, bjorkebo, null, HOUSING_KOMMUN), 201).get("id");
        String entry = queue(waiting, skog, decision(waiting, "SOL_4_1"));
        assertThat(call(HttpRequest.POST("/api/housing/placements/" + entry + "/place", Map.of()), HOUSING_KOMMUN).code())
                .isEqualTo(409);

        ok(call(HttpRequest.POST("/api/housing/placements/" + residentPlacement + "/end",
                Map.of("reason", "PLANNED_OWN_HOUSING", "aftercare", aftercare())), SOCIAL_KOMMUN), 200);
        Map<String, Object> moved = ok(call(HttpRequest.POST("/api/housing/placements/" + entry + "/place", Map.of()),
                HOUSING_KOMMUN), 200);
        assertThat(moved).containsEntry("id", home).containsEntry("unitId", skog).containsEntry("status", "PLACED");
        assertThat(ok(call(HttpRequest.GET("/api/housing/placements/" + entry), HOUSING_KOMMUN), 200))
                .containsEntry("status", "ENDED").containsEntry("endReason", null);
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/units/" + skog + "/waiting-list"), HOUSING_KOMMUN), 200)))
                .isEmpty();
        assertThat(ok(call(HttpRequest.GET("/api/housing/units/" + bjorkebo), HOUSING_KOMMUN), 200))
                .containsEntry("occupied", 0);
    }

    @Test
    void aWaitingEntryCanBeWithdrawnOnce() {
        String flat = unit("Träningslägenhet W", "TRAINING_FLAT", 1, null, false);
        ok(place(client(30), flat, null, SOCIAL_KOMMUN), 201);
        String entry = queue(client(31), flat, null);
        assertThat(ok(call(HttpRequest.POST("/api/housing/placements/" + entry + "/withdraw", Map.of()),
                HOUSING_KOMMUN), 200)).containsEntry("status", "ENDED");
        assertThat(call(HttpRequest.POST("/api/housing/placements/" + entry + "/withdraw", Map.of()),
                HOUSING_KOMMUN).code()).isEqualTo(409);
        assertThat(ok(call(HttpRequest.GET("/api/housing/units/" + flat), HOUSING_KOMMUN), 200))
                .containsEntry("waiting", 0);
    }
}
