package se.huset.contracts.intake;

/** Risks noted at triage. CHILDREN_IN_HOME carries the duty to report concern (SoL 14:1). */
public enum RiskFlag {
    SUICIDE_RISK,
    PREGNANCY,
    CHILDREN_IN_HOME,
    VIOLENCE
}
