package se.huset.contracts.consent;

/** What kind of client data a record is; a consent names the categories it covers. */
public enum DataCategory {
    IDENTITY,
    CARE,
    SOCIAL,
    HOUSING,
    FOLLOWUP,
    APPOINTMENTS
}
