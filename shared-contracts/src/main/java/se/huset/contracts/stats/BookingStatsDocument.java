package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/booking/stats}: first visits and the care guarantee over the period's triaged requests, no-shows
 * by appointment type, and the reception's staffed and user-organisation hours per week (by body or organisation).
 * Every component may be absent to a reader: a figure a service does not serve (yet) reads as no data.
 */
@Serdeable
public record BookingStatsDocument(@Nullable Figure medianDaysContactToFirstVisit,
                                   @Nullable Figure shareFirstVisitWithinGuarantee,
                                   @Nullable Figure noShowRateByType,
                                   @Nullable Figure staffedReceptionHoursPerWeekByOrg,
                                   @Nullable Figure userOrgPresenceHoursPerWeek,
                                   @Nullable Figure userOrgPresenceHoursPerWeekTotal) {
}
