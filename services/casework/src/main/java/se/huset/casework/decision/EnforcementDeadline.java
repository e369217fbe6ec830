package se.huset.casework.decision;

import java.time.LocalDate;

/**
 * A granted decision not enforced within three months of the decision must be reported to IVO, the health and
 * social care inspectorate (Riksrevisionen, "Ej verkställda beslut – rapporteringsskyldighet och särskild avgift i
 * SoL och LSS", RiR 2019:23; SoL 2001:453 16 kap. 6 f §, carried on in SFS 2025:400).
 */
public final class EnforcementDeadline {

    public static final int MONTHS = 3;

    private EnforcementDeadline() {
    }

    /** The last day the decision may wait: three months after it was made. */
    public static LocalDate of(Decision decision) {
        return decision.decidedOn().plusMonths(MONTHS);
    }

    /** Granted, not enforced, and past its deadline on {@code today}: a case for the report to IVO. */
    public static boolean reportable(Decision decision, LocalDate today) {
        return decision.granted() && decision.enforcedOn() == null && today.isAfter(of(decision));
    }
}
