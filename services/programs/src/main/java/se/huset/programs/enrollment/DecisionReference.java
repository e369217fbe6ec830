package se.huset.programs.enrollment;

import se.huset.contracts.security.Org;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When an enrolment may name a social services' decision as the one it carries out: the Kommun's enrolments only
 * (a decision on an intervention under SoL or LVM is the Kommun's, the Region's care needs none), a decision
 * programs knows from casework's feed, about the same client, granted, and in force on the day of the enrolment.
 */
public final class DecisionReference {

    private DecisionReference() {
    }

    /** Why the reference is refused, or empty when it holds. */
    public static Optional<String> refusal(Org body, UUID clientId, Optional<CaseworkDecisions.Known> decision,
                                           LocalDate day) {
        if (body != Org.KOMMUN) {
            return Optional.of("only the Kommun's enrolments carry out a social services' decision");
        }
        if (decision.isEmpty()) {
            return Optional.of("names no decision of social services known here (a decision just made arrives from"
                    + " casework within a minute)");
        }
        CaseworkDecisions.Known d = decision.get();
        if (!d.clientId().equals(clientId)) {
            return Optional.of("is a decision about another client");
        }
        if (!d.granted()) {
            return Optional.of("is a refusal: there is no intervention to carry out");
        }
        LocalDate from = d.validFrom() == null ? d.decidedOn() : d.validFrom();
        if (day.isBefore(from) || d.validTo() != null && day.isAfter(d.validTo())) {
            return Optional.of("is not in force on " + day);
        }
        return Optional.empty();
    }
}
