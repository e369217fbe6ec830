package se.huset.casework.investigation;

/** How an investigation closed: in a decision on an intervention, an LVM application, no measure, or discontinued. */
public enum InvestigationOutcome {
    DECISION, LVM_APPLICATION, NO_MEASURE, DISCONTINUED
}
