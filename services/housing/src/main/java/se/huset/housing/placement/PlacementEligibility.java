package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.client.ClientFact;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.Intervention;
import se.huset.housing.decision.LegalBasis;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who may live in a unit: old enough for its age limit (Skogsgläntan: 45 and over), and, where the unit needs
 * one, with a biståndsbeslut valid today for the intervention the unit carries out (an HVB decision is no decision
 * for Skogsgläntan) and on the right basis (LVM for a SiS home, SoL 4:1 for the rest). Answers
 * the reason for a refusal, without the client's data in it. Never asks for sobriety: co-morbidity or an ongoing
 * use is no reason to refuse housing.
 */
public final class PlacementEligibility {

    private PlacementEligibility() {
    }

    public static Optional<Refusal> refusal(Unit unit, Optional<ClientFact> client, @Nullable Decision decision,
                                           LocalDate today) {
        if (unit.minAge() != null) {
            OptionalInt age = client.map(c -> c.ageOn(today)).orElse(OptionalInt.empty());
            if (age.isEmpty()) {
                return Optional.of(new Refusal(Refusal.Code.AGE_UNKNOWN, unit.name() + " takes people aged "
                        + unit.minAge() + " and over, and the client's"
                        + " age is not known yet: housing learns it from intake's client registry once the client"
                        + " is registered there with a personnummer."));
            }
            if (age.getAsInt() < unit.minAge()) {
                return Optional.of(new Refusal(Refusal.Code.TOO_YOUNG, unit.name() + " takes people aged "
                        + unit.minAge() + " and over; the client is younger."));
            }
        }
        if (unit.requiresDecision()) {
            if (decision == null) {
                return Optional.of(new Refusal(Refusal.Code.DECISION_MISSING,
                        unit.name() + " requires a biståndsbeslut (decisionId); none was given."));
            }
            if (!decision.validOn(today)) {
                return Optional.of(new Refusal(Refusal.Code.DECISION_NOT_VALID, "The biståndsbeslut is valid "
                        + decision.validFrom() + (decision.validTo() == null ? " on" : " to " + decision.validTo())
                        + ", not today."));
            }
            Intervention carriedOut = Intervention.carriedOutIn(unit.type());
            if (decision.intervention() != null && decision.intervention() != carriedOut) {
                return Optional.of(new Refusal(Refusal.Code.DECISION_WRONG_INTERVENTION, "The biståndsbeslut grants "
                        + decision.intervention() + "; a place in " + unit.name() + " carries out " + carriedOut
                        + "."));
            }
            LegalBasis needed = unit.type() == UnitType.EXTERNAL_SIS ? LegalBasis.LVM : LegalBasis.SOL_4_1;
            if (decision.legalBasis() != needed) {
                return Optional.of(new Refusal(Refusal.Code.DECISION_WRONG_BASIS, unit.name()
                        + " needs a decision under " + needed + ", not " + decision.legalBasis() + "."));
            }
        }
        return Optional.empty();
    }

    /** Why not: a code the pages translate, and the English detail the API answers with. */
    public record Refusal(Code code, String detail) {

        public enum Code { AGE_UNKNOWN, TOO_YOUNG, DECISION_MISSING, DECISION_NOT_VALID, DECISION_WRONG_INTERVENTION,
            DECISION_WRONG_BASIS }
    }
}
