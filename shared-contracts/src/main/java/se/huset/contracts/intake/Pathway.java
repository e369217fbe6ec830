package se.huset.contracts.intake;

import se.huset.contracts.security.Org;

/** Where triage sends a contact, and which body runs that pathway. */
public enum Pathway {
    SOBERING_UNIT_NOW(Org.REGION),
    BEROENDEENHETEN_OUTPATIENT(Org.REGION),
    NEXUS_OUTPATIENT(Org.KOMMUN),
    PRIMARY_CARE(Org.REGION),
    SOCIAL_SERVICES_INVESTIGATION(Org.KOMMUN),
    RELATIVES_SUPPORT(Org.KOMMUN),
    ADVICE_ONLY(null);

    private final Org runBy;

    Pathway(Org runBy) {
        this.runBy = runBy;
    }

    /** The body that runs this pathway, or null when no body takes the matter on. */
    public Org runBy() {
        return runBy;
    }
}
