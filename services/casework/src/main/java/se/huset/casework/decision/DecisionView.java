package se.huset.casework.decision;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A decision with its enforcement deadline, and whether it is past it unenforced (to be reported to IVO). */
@Serdeable
public record DecisionView(Decision decision, LocalDate enforceBy, boolean reportable) {

    public static DecisionView of(Decision decision, LocalDate today) {
        return new DecisionView(decision, EnforcementDeadline.of(decision), EnforcementDeadline.reportable(decision, today));
    }
}
