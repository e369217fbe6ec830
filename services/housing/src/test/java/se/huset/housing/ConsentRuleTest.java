package se.huset.housing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ConsentGranted;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Placements are the Kommun's HOUSING data: the Region sees them only under a consent covering HOUSING. */
@MicronautTest(transactional = false)
class ConsentRuleTest extends HousingTestSupport {

    @Inject
    ConsentStore consents;

    @Test
    void regionSocialWorkerSeesKommunPlacementsOnlyUnderAConsentCoveringHousing() {
        String unit = unit("Bostad först C", "HOUSING_FIRST", 5, null, false);
        UUID client = client(33);
        String id = (String) ok(place(client, unit, null, SOCIAL_KOMMUN), 201).get("id");

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/housing/placements/" + id), SOCIAL_REGION);
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat((String) body(refused).get("type")).endsWith("consent-required");
        Map<String, Object> list = ok(call(HttpRequest.GET("/api/housing/placements?clientId=" + client), SOCIAL_REGION), 200);
        assertThat(items(list)).isEmpty();
        assertThat(list.get("withheld")).isEqualTo(1);

        // a consent for other data does not open housing
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(call(HttpRequest.GET("/api/housing/placements/" + id), SOCIAL_REGION).code()).isEqualTo(403);

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("HOUSING"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(ok(call(HttpRequest.GET("/api/housing/placements/" + id), SOCIAL_REGION), 200))
                .containsEntry("clientId", client.toString());
        Map<String, Object> shown = ok(call(HttpRequest.GET("/api/housing/placements?clientId=" + client), SOCIAL_REGION), 200);
        assertThat(items(shown)).hasSize(1);
        assertThat(shown.get("withheld")).isEqualTo(0);

        List<Map<String, Object>> log = http.toBlocking().retrieve(
                HttpRequest.GET("/api/housing/clients/" + client + "/access-log")
                        .bearerAuth(TestTokens.token("auditor", null, "AUDITOR")),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(log).filteredOn(r -> "socialworker.region".equals(r.get("username")))
                .extracting(r -> r.get("outcome")).contains("DENIED", "ALLOWED");
        assertThat(log).filteredOn(r -> "socialworker.kommun".equals(r.get("username")))
                .extracting(r -> r.get("action")).contains("CREATE");
    }

    /** The social worker who decided in casework places the client on it; a colleague who did not is refused. */
    @Test
    void theSocialWorkerWhoDecidedInCaseworkWorksWithTheClientInHousing() {
        UUID client = UUID.randomUUID();
        clientFacts.apply(new se.huset.contracts.events.ClientRegistered(client, "KOMMUN",
                LocalDate.now().minusYears(50), "MALE"));
        String decision = decision(client, "SOL_4_1");
        String decider = TestTokens.ofUnit("socialworker.kommun", se.huset.contracts.security.Org.KOMMUN,
                "Ett annat team", "SOCIAL_WORKER");
        String colleague = TestTokens.ofUnit("socialworker.annan", se.huset.contracts.security.Org.KOMMUN,
                "Ett annat team", "SOCIAL_WORKER");
        assertThat(call(HttpRequest.GET("/api/housing/decisions/" + decision), colleague).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/housing/decisions/" + decision), decider).code()).isEqualTo(200);
        String unit = unit("Beslutets boende " + UUID.randomUUID().toString().substring(0, 6), "SUPPORTED", 2, null,
                true);
        assertThat(place(client, unit, decision, colleague).code()).isEqualTo(403);
        assertThat(ok(place(client, unit, decision, decider), 201)).containsEntry("decisionId", decision)
                .containsEntry("coordinator", "socialworker.kommun");
    }

    @Test
    void decisionsAreSocialDataOfTheKommun() {
        UUID client = client(52);
        String decision = decision(client, "SOL_4_1");
        assertThat(call(HttpRequest.GET("/api/housing/decisions/" + decision), SOCIAL_REGION).code()).isEqualTo(403);
        assertThat(ok(call(HttpRequest.GET("/api/housing/decisions/" + decision), SOCIAL_KOMMUN), 200))
                .containsEntry("legalBasis", "SOL_4_1").containsEntry("ownerOrg", "KOMMUN");
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("REGION"), List.of("SOCIAL"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(call(HttpRequest.GET("/api/housing/decisions/" + decision), SOCIAL_REGION).code()).isEqualTo(200);
    }

    /**
     * Need-to-know inside the Kommun: staff of another unit with no care relationship are refused the placement,
     * until intake's feed says their unit works with the client; the coordinator named on it may read it.
     */
    @Test
    void kommunStaffOfAnotherUnitNeedACareRelationship() {
        String unit = unit("Bostad först N", "HOUSING_FIRST", 5, null, false);
        UUID client = client(41);
        String id = (String) ok(place(client, unit, null, SOCIAL_KOMMUN), 201).get("id");
        String elsewhere = TestTokens.ofUnit("boende.annat", se.huset.contracts.security.Org.KOMMUN, "Annat boende",
                "HOUSING_STAFF");

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/housing/placements/" + id), elsewhere);
        assertThat(refused.code()).isEqualTo(403);
        assertThat((String) body(refused).get("type")).endsWith("need-to-know");
        Map<String, Object> list = ok(call(HttpRequest.GET("/api/housing/placements?clientId=" + client), elsewhere), 200);
        assertThat(items(list)).isEmpty();
        assertThat(list.get("withheld")).isEqualTo(1);

        careRelationships.apply(new se.huset.contracts.events.CareRelationshipChanged(client, "KOMMUN",
                "unit:Annat boende", "TREATMENT", "team:TREATMENT", true, Instant.now(), "socialworker.kommun"));
        assertThat(call(HttpRequest.GET("/api/housing/placements/" + id), elsewhere).code()).isEqualTo(200);
        careRelationships.apply(new se.huset.contracts.events.CareRelationshipChanged(client, "KOMMUN",
                "unit:Annat boende", "TREATMENT", "team:TREATMENT", false, Instant.now(), "socialworker.kommun"));
        assertThat(call(HttpRequest.GET("/api/housing/placements/" + id), elsewhere).code()).isEqualTo(403);

        String coordinator = TestTokens.ofUnit("socialworker.kommun", se.huset.contracts.security.Org.KOMMUN,
                "Annat team", "SOCIAL_WORKER");
        assertThat(call(HttpRequest.GET("/api/housing/placements/" + id), coordinator).code())
                .as("the placement's coordinator works with the client, whatever their unit").isEqualTo(200);
    }

    @Test
    void aggregateRolesNeverReachClientLevelData() {
        assertThat(call(HttpRequest.GET("/api/housing/placements"), STEERING).code()).isEqualTo(403);
    }
}
