package se.huset.casework.actualisation;

import se.huset.contracts.intake.ContactKind;

/**
 * How a matter reached social services (the Söderhamn ISU report, seed 003, tabell 3: ansökan, anmälan, LOB, and
 * referrals from other bodies).
 */
public enum ActualisationSource {
    APPLICATION, REPORT, LOB, REFERRAL;

    /** The source a contact of this kind is, or null for kinds that are not a matter for social services alone. */
    static ActualisationSource of(ContactKind kind) {
        return switch (kind) {
            case SELF_APPLICATION -> APPLICATION;
            case REPORT -> REPORT;
            case LOB -> LOB;
            case REFERRAL -> REFERRAL;
            case RELATIVE, ADVICE, ACUTE_VISIT, INPATIENT_EPISODE -> null;
        };
    }
}
