package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/booking/stats}: first visits and the care guarantee over the period's triaged requests, no-shows
 * by appointment type, and the reception's staffed and user-organisation hours per week (by body or organisation).
 */
@Serdeable
public record BookingStatsDocument(Figure medianDaysContactToFirstVisit, Figure shareFirstVisitWithinGuarantee,
                                   Figure noShowRateByType, Figure staffedReceptionHoursPerWeekByOrg,
                                   Figure userOrgPresenceHoursPerWeek, Figure userOrgPresenceHoursPerWeekTotal) {
}
