package se.huset.casework.decision;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.casework.CaseworkTestSupport;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verkställighet from the services that give the intervention: housing's move-in and programs' start enforce the
 * decision they carry out, once, and only a granted decision of the same client.
 */
@MicronautTest(transactional = false)
class EnforcementFromTheFeedsTest extends CaseworkTestSupport {

    @Inject
    InterventionsStarted.Placements placements;

    @Inject
    InterventionsStarted.Enrolments enrolments;

    private static long seq;

    @Test
    void aMoveInEnforcesTheHousingDecisionOnItsDayAndALaterMoveChangesNothing() {
        UUID client = UUID.randomUUID();
        String decision = decide(client, "HOUSING", true);
        LocalDate movedIn = LocalDate.now(ClinicTime.ZONE);
        // 23:30 UTC is already the next day in Sweden in winter; a move-in just after midnight is that day's
        Instant justAfterMidnight = ClinicTime.startOf(movedIn).plusSeconds(30 * 60);

        placements.handle(placement(EventTypes.PLACEMENT_STARTED, client, justAfterMidnight, decision));
        assertThat(enforcedOn(decision)).isEqualTo(movedIn.toString());
        assertThat(toEnforce()).noneMatch(v -> v.toString().contains(decision));

        placements.handle(placement(EventTypes.PLACEMENT_STARTED, client, justAfterMidnight, decision));
        placements.handle(placement(EventTypes.PLACEMENT_MOVED, client, Instant.now().plusSeconds(86_400), decision));
        assertThat(enforcedOn(decision)).as("the first start counts").isEqualTo(movedIn.toString());
        assertThat(feed()).filteredOn(e -> decision.equals(e.get("aggregateId"))).extracting(e -> e.get("type"))
                .as("announced once, for the programmes and the IVO figures").containsExactly("DecisionMade",
                        "DecisionEnforced");
    }

    @Test
    void aMoveToAUnitUnderANewDecisionEnforcesThatDecision() {
        UUID client = UUID.randomUUID();
        String hvb = decide(client, "HVB", true);
        placements.handle(placement(EventTypes.PLACEMENT_MOVED, client, Instant.now(), hvb));
        assertThat(enforcedOn(hvb)).isEqualTo(LocalDate.now(ClinicTime.ZONE).toString());
    }

    @Test
    void aProgrammeStartEnforcesTheDecisionTheKommunsEnrolmentNames() {
        UUID client = UUID.randomUUID();
        String treatment = decide(client, "OUTPATIENT_TREATMENT", true);
        LocalDate started = LocalDate.now(ClinicTime.ZONE);
        Map<String, Object> payload = new HashMap<>(Map.of("enrollmentId", UUID.randomUUID().toString(),
                "clientId", client.toString(), "programCode", "CRA", "ownerOrg", "KOMMUN",
                "startedOn", started.toString(), "returning", false, "decisionId", treatment));
        enrolments.handle(new FeedEvent(++seq, EventTypes.ENROLLMENT_STARTED, UUID.randomUUID().toString(),
                Instant.now(), payload));
        assertThat(enforcedOn(treatment)).isEqualTo(started.toString());
    }

    @Test
    void aStartNamingAnotherClientsOrARefusedOrAnUnknownDecisionEnforcesNothing() {
        UUID client = UUID.randomUUID();
        String granted = decide(client, "HOUSING", true);
        String refused = decide(client, "HVB", false);
        placements.handle(placement(EventTypes.PLACEMENT_STARTED, UUID.randomUUID(), Instant.now(), granted));
        placements.handle(placement(EventTypes.PLACEMENT_STARTED, client, Instant.now(), refused));
        placements.handle(placement(EventTypes.PLACEMENT_STARTED, client, Instant.now(), UUID.randomUUID().toString()));
        assertThat(enforcedOn(granted)).as("another client's move-in").isNull();
        assertThat(enforcedOn(refused)).isNull();
        assertThat(toEnforce()).anyMatch(v -> v.toString().contains(granted));
    }

    @SuppressWarnings("unchecked")
    private String decide(UUID client, String intervention, boolean granted) {
        String matter = (String) actualisationOf(contact("SELF_APPLICATION", Org.KOMMUN, client, Instant.now())).get("id");
        ok(call(HttpRequest.POST("/api/casework/actualisations/" + matter + "/assessment",
                Map.of("open", true, "law", "SOL")), SOCIAL_KOMMUN), 200);
        String today = LocalDate.now(ClinicTime.ZONE).toString();
        Map<String, Object> request = new HashMap<>(Map.of("clientId", client.toString(), "intervention", intervention,
                "granted", granted, "legalBasis", "SOL", "decidedOn", today));
        if (granted) {
            request.put("validFrom", today);
        }
        return (String) ((Map<String, Object>) ok(call(HttpRequest.POST("/api/casework/decisions", request),
                SOCIAL_KOMMUN), 201).get("decision")).get("id");
    }

    @SuppressWarnings("unchecked")
    private String enforcedOn(String decision) {
        return (String) ((Map<String, Object>) get("/api/casework/decisions/" + decision, SOCIAL_KOMMUN)
                .get("decision")).get("enforcedOn");
    }

    private List<Map<String, Object>> toEnforce() {
        return items(get("/api/casework/decisions/to-enforce?limit=200", SOCIAL_KOMMUN));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> feed() {
        return (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/casework/events?limit=1000"),
                TestTokens.service())).get("events");
    }

    private static FeedEvent placement(String type, UUID client, Instant at, String decision) {
        Map<String, Object> payload = new HashMap<>(Map.of("placementId", UUID.randomUUID().toString(),
                "clientId", client.toString(), "unitId", UUID.randomUUID().toString(), "unitType", "SUPPORTED",
                "ownerOrg", "KOMMUN", "decisionId", decision));
        payload.put(type.equals(EventTypes.PLACEMENT_STARTED) ? "placedAt" : "movedAt", at.toString());
        return new FeedEvent(++seq, type, UUID.randomUUID().toString(), at, payload);
    }
}
