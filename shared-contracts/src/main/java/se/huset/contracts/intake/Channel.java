package se.huset.contracts.intake;

/** How a contact reached the one way in. */
public enum Channel {
    PHONE,
    WALK_IN,
    REFERRAL,
    DIGITAL,
    OUTREACH
}
