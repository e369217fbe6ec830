package se.huset.housing.placement;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFact;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.Intervention;
import se.huset.housing.decision.LegalBasis;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementEligibilityRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Unit SKOGSGLANTAN = new Unit(UUID.randomUUID(), "Skogsgläntan", UnitType.LOW_THRESHOLD, 14, 45, true,
            null, null, 0, 0);
    static final UUID CLIENT = UUID.randomUUID();

    static Optional<ClientFact> born(LocalDate birth) {
        return Optional.of(new ClientFact(CLIENT, Org.REGION, birth, null));
    }

    static Decision decision(LocalDate from, LocalDate to, LegalBasis basis) {
        return decision(from, to, basis, Intervention.HOUSING);
    }

    static Decision decision(LocalDate from, LocalDate to, LegalBasis basis, Intervention intervention) {
        return new Decision(UUID.randomUUID(), CLIENT, Org.KOMMUN, "sw", from, from, to, basis, Instant.now(),
                intervention, null);
    }

    static final Decision VALID = decision(TODAY.minusDays(10), TODAY.plusMonths(6), LegalBasis.SOL_4_1);

    @Test
    void fortyFiveOnTheDayIsOldEnoughAndTheDayBeforeIsNot() {
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, born(TODAY.minusYears(45)), VALID, TODAY)).isEmpty();
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, born(TODAY.minusYears(45).plusDays(1)), VALID, TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.TOO_YOUNG);
    }

    @Test
    void unknownAgeIsItsOwnReason() {
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, Optional.empty(), VALID, TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.AGE_UNKNOWN);
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, born(null), VALID, TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.AGE_UNKNOWN);
    }

    @Test
    void theDecisionMustCoverTodayOnTheRightBasis() {
        Optional<ClientFact> fifty = born(TODAY.minusYears(50));
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, fifty, null, TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.DECISION_MISSING);
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, fifty,
                decision(TODAY.minusYears(1), TODAY.minusDays(1), LegalBasis.SOL_4_1), TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.DECISION_NOT_VALID);
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, fifty,
                decision(TODAY, TODAY.plusDays(1), LegalBasis.LVM), TODAY))
                .map(PlacementEligibility.Refusal::code).contains(PlacementEligibility.Refusal.Code.DECISION_WRONG_BASIS);
    }

    @Test
    void theDecisionMustGrantTheInterventionTheUnitCarriesOut() {
        Optional<ClientFact> fifty = born(TODAY.minusYears(50));
        LocalDate from = TODAY.minusDays(10);
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, fifty,
                decision(from, null, LegalBasis.SOL_4_1, Intervention.HVB), TODAY))
                .map(PlacementEligibility.Refusal::code)
                .contains(PlacementEligibility.Refusal.Code.DECISION_WRONG_INTERVENTION);
        Unit hvb = new Unit(UUID.randomUUID(), "Ekhagen HVB", UnitType.EXTERNAL_HVB, 1, null, true, "Ekhagen", null,
                0, 0);
        assertThat(PlacementEligibility.refusal(hvb, fifty,
                decision(from, null, LegalBasis.SOL_4_1, Intervention.HVB), TODAY)).isEmpty();
        assertThat(PlacementEligibility.refusal(hvb, fifty, VALID, TODAY))
                .map(PlacementEligibility.Refusal::code)
                .contains(PlacementEligibility.Refusal.Code.DECISION_WRONG_INTERVENTION);
        // read before housing kept the intervention: the basis still decides
        assertThat(PlacementEligibility.refusal(SKOGSGLANTAN, fifty,
                decision(from, null, LegalBasis.SOL_4_1, null), TODAY)).isEmpty();
    }

    @Test
    void emergencyHousingAsksForNothing() {
        Unit bjorkebo = new Unit(UUID.randomUUID(), "Björkebo", UnitType.EMERGENCY, 12, null, false, null, null, 0, 0);
        assertThat(PlacementEligibility.refusal(bjorkebo, Optional.empty(), null, TODAY)).isEmpty();
    }
}
