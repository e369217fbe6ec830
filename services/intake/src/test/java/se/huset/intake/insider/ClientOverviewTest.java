package se.huset.intake.insider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.intake.contact.Colleagues;
import se.huset.kit.security.Staff;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client overview's API as each reader gets it. The other services do not run here, so their parts are named
 * unavailable (the suite tests read them for real); intake's own part, the consents and the coordinators are whole.
 */
@MicronautTest(transactional = false)
class ClientOverviewTest extends InsiderSupport {

    private static final String COORDINATOR_KOMMUN = TestTokens.token("samordnare.kommun", Org.KOMMUN, "SOCIAL_WORKER");

    @Inject
    Colleagues colleagues;

    @Override
    protected String databaseName() {
        return "intake_overview";
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSeesTheWholeClientTheOtherBodySeesWhatConsentCoversAndTheRestIsNamed() throws Exception {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19610203", "118"), "Hela Klienten");
        Object clientId = contact.get("clientId");
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + contact.get("id") + "/triage", Map.of(
                "urgency", "SOON", "pathway", "BEROENDEENHETEN_OUTPATIENT", "responsibleOrgs", List.of("REGION"))),
                RECEPTION_REGION).code()).isEqualTo(200);
        colleagues.seen(new Staff("samordnare.region", Set.of("THERAPIST"), Org.REGION, "Beroendeenheten"),
                Instant.now());
        assertThat(call(HttpRequest.POST("/api/intake/clients/" + clientId + "/care-team",
                Map.of("party", "user:samordnare.region", "basis", "COORDINATOR")), THERAPIST_REGION).code())
                .isEqualTo(201);
        String overview = "/api/intake/clients/" + clientId + "/overview";

        Map<String, Object> owner = body(call(HttpRequest.GET(overview), THERAPIST_REGION));
        assertThat((Map<String, Object>) owner.get("identity")).containsEntry("name", "Hela Klienten");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) owner.get("timeline");
        assertThat(steps).extracting(s -> s.get("kind")).as("newest first").containsExactly("TRIAGE", "CONTACT");
        assertThat(steps.get(0)).containsEntry("label", "SOON").containsEntry("status", "BEROENDEENHETEN_OUTPATIENT");
        assertThat(steps.get(1)).containsEntry("label", "SELF_APPLICATION").containsEntry("status", "TRIAGED")
                .containsEntry("body", "REGION");
        assertThat((List<String>) owner.get("unavailable"))
                .containsExactly("booking", "casework", "followup", "housing", "programs");
        assertThat((Map<String, Object>) owner.get("coordinators")).containsEntry("withheld", 0);
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) owner.get("coordinators")).get("coordinators"))
                .extracting(c -> c.get("party") + "@" + c.get("body")).containsExactly("user:samordnare.region@REGION");
        assertThat(owner).containsEntry("next", null);

        Map<String, Object> contactsOnly = body(call(HttpRequest.GET(overview + "?kind=contact&limit=1"),
                THERAPIST_REGION));
        assertThat((List<Map<String, Object>>) contactsOnly.get("timeline")).extracting(s -> s.get("kind"))
                .containsExactly("CONTACT");
        assertThat((List<String>) contactsOnly.get("unavailable")).as("only intake holds contacts: nobody else asked")
                .isEmpty();
        Map<String, Object> onePerPage = body(call(HttpRequest.GET(overview + "?limit=1"), THERAPIST_REGION));
        assertThat((List<Map<String, Object>>) onePerPage.get("timeline")).extracting(s -> s.get("kind"))
                .containsExactly("TRIAGE");
        Map<String, Object> second = body(call(HttpRequest.GET(overview + "?limit=1&before="
                + onePerPage.get("next")), THERAPIST_REGION));
        assertThat((List<Map<String, Object>>) second.get("timeline")).extracting(s -> s.get("kind"))
                .containsExactly("CONTACT");
        assertThat(second).containsEntry("next", null);
        assertProblem(call(HttpRequest.GET(overview + "?body=ELSEWHERE"), THERAPIST_REGION), 400);

        // the Kommun's staff: nothing until the client consents; then identity only, the care records named withheld
        assertProblem(call(HttpRequest.GET(overview), COORDINATOR_KOMMUN), 403);
        granted(RECEPTION_REGION, clientId, List.of("KOMMUN"), List.of("IDENTITY"));
        Map<String, Object> kommun = body(call(HttpRequest.GET(overview), COORDINATOR_KOMMUN));
        assertThat((List<Object>) kommun.get("timeline")).isEmpty();
        assertThat((List<Object>) kommun.get("withheld")).containsExactly(
                Map.of("body", "REGION", "category", "CARE", "reason", "CONSENT_REQUIRED", "count", 2));
        assertThat((List<Map<String, Object>>) kommun.get("consents")).hasSize(1);
        assertThat((Map<String, Object>) kommun.get("coordinators")).as("the Region's coordinator, counted not named")
                .containsEntry("withheld", 1);
        assertThat(count("select count(*) from kit_audit where username = 'samordnare.kommun' and action = 'TIMELINE'"
                + " and outcome = 'DENIED' and client_id = ?::uuid", clientId)).isEqualTo(2);

        assertProblem(call(HttpRequest.GET(overview), TestTokens.service()), 403);
        assertProblem(call(HttpRequest.GET(overview), STEERING), 403);
        HttpResponse<Map<String, Object>> missing = call(HttpRequest.GET(
                "/api/intake/clients/00000000-0000-4000-8000-000000000000/overview"), THERAPIST_REGION);
        assertProblem(missing, 404);
    }
}
