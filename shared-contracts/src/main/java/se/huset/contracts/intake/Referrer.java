package se.huset.contracts.intake;

/** Who raised the matter. */
public enum Referrer {
    SELF,
    RELATIVE,
    OTHER_PRIVATE,
    POLICE,
    PRIMARY_CARE,
    ADULT_PSYCHIATRY,
    OTHER_HEALTHCARE,
    SOCIAL_SERVICES,
    OTHER
}
