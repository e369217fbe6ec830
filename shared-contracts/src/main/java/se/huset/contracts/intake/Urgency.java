package se.huset.contracts.intake;

/** Triage urgency; the care-guarantee clock follows it. */
public enum Urgency {
    ACUTE,
    SOON,
    PLANNED
}
