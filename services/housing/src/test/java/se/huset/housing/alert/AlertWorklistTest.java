package se.huset.housing.alert;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.security.Org;
import se.huset.housing.HousingTestSupport;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost-housing alert is worked through by the owning body's staff: taken or assigned, acknowledged, closed with
 * a reason, each step logged. Another body (even under a consent that lets it read) and a service token change
 * nothing.
 */
@MicronautTest(transactional = false)
class AlertWorklistTest extends HousingTestSupport {

    @Inject
    ConsentStore consents;

    private UUID client;

    private String alert() {
        String unit = unit("Larmlista " + UUID.randomUUID(), "EMERGENCY", 2, null, false);
        client = client(40);
        String placement = (String) ok(place(client, unit, null, SOCIAL_KOMMUN), 201).get("id");
        ok(call(HttpRequest.POST("/api/housing/placements/" + placement + "/end",
                Map.of("reason", "BARRED_AFTER_RELAPSE", "aftercare", aftercare())), SOCIAL_KOMMUN), 200);
        return (String) items(ok(call(HttpRequest.GET("/api/housing/alerts?state=OPEN&limit=200"), SOCIAL_KOMMUN), 200))
                .stream().filter(a -> client.toString().equals(a.get("clientId"))).findFirst().orElseThrow().get("id");
    }

    private Map<String, Object> shown(String id) {
        return items(ok(call(HttpRequest.GET("/api/housing/alerts?limit=200"), SOCIAL_KOMMUN), 200)).stream()
                .filter(a -> id.equals(a.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void anAlertIsTakenAssignedAcknowledgedAndClosedWithAReason() {
        String id = alert();
        assertThat(shown(id)).containsEntry("state", "OPEN").containsEntry("assignedTo", null);

        assertThat(ok(call(HttpRequest.POST("/api/housing/alerts/" + id + "/take", Map.of()), SOCIAL_KOMMUN), 200))
                .containsEntry("assignedTo", "socialworker.kommun");
        assertThat(ok(call(HttpRequest.POST("/api/housing/alerts/" + id + "/assign",
                Map.of("assignee", "therapist.kommun")), SOCIAL_KOMMUN), 200)).containsEntry("assignedTo", "therapist.kommun");
        assertThat(body(call(HttpRequest.POST("/api/housing/alerts/" + id + "/assign", Map.of("assignee", "Ro bert!")),
                SOCIAL_KOMMUN)).toString()).contains("field=assignee");

        assertThat(ok(call(HttpRequest.POST("/api/housing/alerts/" + id + "/acknowledge", Map.of()), SOCIAL_KOMMUN), 200))
                .containsEntry("state", "ACKNOWLEDGED").containsEntry("acknowledgedBy", "socialworker.kommun");
        assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/acknowledge", Map.of()), SOCIAL_KOMMUN).code())
                .isEqualTo(409);

        HttpResponse<Map<String, Object>> noReason = call(HttpRequest.POST("/api/housing/alerts/" + id + "/close",
                Map.of("reason", "  ok   ")), SOCIAL_KOMMUN);
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(body(noReason).toString()).contains("field=reason");
        assertThat(ok(call(HttpRequest.POST("/api/housing/alerts/" + id + "/close",
                Map.of("reason", "Plats på Björkebo ordnad")), SOCIAL_KOMMUN), 200))
                .containsEntry("state", "CLOSED").containsEntry("closeReason", "Plats på Björkebo ordnad")
                .containsEntry("closedBy", "socialworker.kommun");
        assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/take", Map.of()), SOCIAL_KOMMUN).code())
                .isEqualTo(409);
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/alerts?state=CLOSED&limit=200"), SOCIAL_KOMMUN), 200)))
                .extracting(a -> a.get("id")).contains(id);

        List<Map<String, Object>> log = http.toBlocking().retrieve(
                HttpRequest.GET("/api/housing/clients/" + client + "/access-log")
                        .bearerAuth(TestTokens.token("auditor", null, "AUDITOR")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(log).filteredOn(r -> ("alert/" + id).equals(r.get("resource")))
                .extracting(r -> r.get("action")).contains("ASSIGN", "ACKNOWLEDGE", "CLOSE");
    }

    @Test
    void anotherBodyAndAServiceTokenChangeNothing() {
        String id = alert();
        // the Region may read the alert under a consent, but never work the Kommun's worklist
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("HOUSING"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        String stranger = TestTokens.token("socialworker.region", Org.REGION, "SOCIAL_WORKER");
        for (String token : List.of(stranger, TestTokens.service(), HOUSING_KOMMUN)) {
            assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/take", Map.of()), token).code()).isEqualTo(403);
            assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/assign", Map.of("assignee", "x.y")), token)
                    .code()).isEqualTo(403);
            assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/acknowledge", Map.of()), token).code())
                    .isEqualTo(403);
            assertThat(call(HttpRequest.POST("/api/housing/alerts/" + id + "/close", Map.of("reason", "inte mitt")),
                    token).code()).isEqualTo(403);
        }
        assertThat(shown(id)).containsEntry("state", "OPEN").containsEntry("assignedTo", null)
                .containsEntry("acknowledgedBy", null).containsEntry("closeReason", null);
    }
}
