package se.huset.intake.consent;

/** Who asked for a consent to end: the client, the client's representative, or staff correcting an error. */
public enum RevocationRequester {
    /** The client themselves: a consent can be revoked at any time, in any form. */
    CLIENT,
    /** Someone with the mandate to speak for the client (god man, förvaltare, ombud). */
    REPRESENTATIVE,
    /** The disclosing body withdraws a consent recorded in error; the reason says what was wrong. */
    STAFF
}
