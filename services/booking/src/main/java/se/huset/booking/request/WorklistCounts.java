package se.huset.booking.request;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The waiting list as a team can act on it: the open requests of the reader's own body, how many are overdue and
 * how many of those someone has taken, how many are taken at all, and how many by the reader. Counts only, so
 * they need no consent.
 */
@Serdeable
public record WorklistCounts(long open, long overdue, long overdueTaken, long taken, long mine) {
}
