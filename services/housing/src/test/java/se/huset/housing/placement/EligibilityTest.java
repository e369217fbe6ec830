package se.huset.housing.placement;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.housing.HousingTestSupport;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.Intervention;
import se.huset.housing.decision.LegalBasis;
import se.huset.kit.testing.TestCareTeams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Skogsgläntan's rules: 45 and over, with a valid SoL 4:1 housing decision; a SiS home takes LVM decisions only. */
@MicronautTest(transactional = false)
class EligibilityTest extends HousingTestSupport {

    String skogsglantan;

    @BeforeAll
    void units() {
        skogsglantan = unit("Skogsgläntan E", "LOW_THRESHOLD", 14, 45, true);
    }

    private void assertRefused(HttpResponse<Map<String, Object>> r, String detailPart) {
        assertThat(r.code()).isEqualTo(422);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat((String) body(r).get("detail")).contains(detailPart);
    }

    @Test
    void aThirtyYearOldIsRefusedWithTheReason() {
        UUID client = client(30);
        assertRefused(place(client, skogsglantan, decision(client, "SOL_4_1"), SOCIAL_KOMMUN),
                "aged 45 and over");
    }

    @Test
    void aClientWhoseAgeIsUnknownIsRefusedSayingSo() {
        UUID registeredWithoutBirthDate = client(null);
        assertRefused(place(registeredWithoutBirthDate, skogsglantan,
                decision(registeredWithoutBirthDate, "SOL_4_1"), SOCIAL_KOMMUN), "age is not known yet");
        UUID neverSeenByIntake = UUID.randomUUID();
        // the relationship arrived on intake's feed, the registration not yet
        TestCareTeams.inBothBodies(careRelationships, neverSeenByIntake);
        assertRefused(place(neverSeenByIntake, skogsglantan,
                decision(neverSeenByIntake, "SOL_4_1"), SOCIAL_KOMMUN), "age is not known yet");
    }

    @Test
    void aUnitRequiringADecisionRefusesWithoutOne() {
        assertRefused(place(client(60), skogsglantan, null, HOUSING_KOMMUN), "requires a biståndsbeslut");
    }

    @Test
    void aSisHomeTakesAnLvmDecisionOnly() {
        String sis = unit("SiS E", "EXTERNAL_SIS", 2, null, true);
        UUID client = client(35);
        assertRefused(place(client, sis, decision(client, "SOL_4_1"), SOCIAL_KOMMUN), "LVM");
        assertThat(place(client, sis, decision(client, "LVM"), SOCIAL_KOMMUN).code()).isEqualTo(201);
    }

    @Test
    void anHvbDecisionIsNoDecisionForSkogsglantan() {
        UUID client = client(50);
        LocalDate from = LocalDate.now().minusDays(3);
        Decision hvb = new Decision(UUID.randomUUID(), client, Org.KOMMUN, "socialworker.kommun", from, from,
                from.plusMonths(6), LegalBasis.SOL_4_1, Instant.now(), Intervention.HVB, null);
        fromCasework(hvb);
        assertRefused(place(client, skogsglantan, hvb.id().toString(), SOCIAL_KOMMUN), "grants HVB");
    }

    @Test
    void anotherClientsDecisionIsBadInput() {
        UUID client = client(50);
        String othersDecision = decision(client(55), "SOL_4_1");
        HttpResponse<Map<String, Object>> r = place(client, skogsglantan, othersDecision, SOCIAL_KOMMUN);
        assertThat(r.code()).isEqualTo(400);
        assertThat(body(r).toString()).contains("decisionId");
    }

    @Test
    void aFullUnitQueuesWhenAskedAndTheWaitingListIsOrderedByDecisionDate() {
        String flat = unit("Träningslägenhet E", "TRAINING_FLAT", 1, null, false);
        assertThat(place(client(40), flat, null, SOCIAL_KOMMUN).code()).isEqualTo(201);
        UUID later = client(41);
        UUID earlier = client(42);
        String laterDecision = decided(later, java.time.LocalDate.now().minusDays(1),
                java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusMonths(3), "SOL_4_1");
        String earlierDecision = decision(earlier, "SOL_4_1");
        assertThat(place(later, flat, laterDecision, SOCIAL_KOMMUN).code()).isEqualTo(409);
        for (Object[] c : new Object[][]{{later, laterDecision}, {earlier, earlierDecision}}) {
            HttpResponse<Map<String, Object>> queued = call(io.micronaut.http.HttpRequest.POST("/api/housing/placements",
                    Map.of("clientId", c[0], "unitId", flat, "decisionId", c[1], "queue", true)), SOCIAL_KOMMUN);
            assertThat(ok(queued, 201)).containsEntry("status", "WAITING");
        }
        Map<String, Object> list = ok(call(io.micronaut.http.HttpRequest.GET("/api/housing/units/" + flat
                + "/waiting-list"), HOUSING_KOMMUN), 200);
        assertThat(items(list)).extracting(p -> p.get("clientId")).containsExactly(earlier.toString(), later.toString());
    }
}
