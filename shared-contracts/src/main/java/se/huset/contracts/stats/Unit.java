package se.huset.contracts.stats;

/** What a figure measures; it decides whether small-cell suppression applies. */
public enum Unit {
    /** Persons, or records about persons (contacts, SIPs): hidden below five. */
    COUNT,
    /** A share of persons: hidden when the part, the whole or the rest is small. */
    SHARE,
    /** A median over persons' waits: hidden when it rests on fewer than five. */
    MINUTES,
    DAYS,
    /** Groups run (co-facilitated, say): they count no persons, so never hidden as small cells. */
    GROUPS,
    /** Staffed hours: they count no persons, so never hidden as small cells. */
    HOURS,
    /** Money (SEK): counts no persons, so never hidden as small cells. */
    SEK
}
