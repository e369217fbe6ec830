package se.huset.contracts.intake;

/** What the contact is: an application, a report by someone else, an episode of care, and so on. */
public enum ContactKind {
    SELF_APPLICATION,
    REPORT,
    REFERRAL,
    LOB,
    RELATIVE,
    ADVICE,
    ACUTE_VISIT,
    INPATIENT_EPISODE
}
