package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/followup/stats}: frequent attenders, the follow-ups' coverage, response and attrition (in total,
 * by programme and by cohort), programme ends followed by aftercare, SIPs and open between-chairs alerts.
 */
@Serdeable
public record FollowupStatsDocument(FrequentAttenders frequentAttenders, Figure followUpCoverage, Figure responseRate,
                                    Figure responseRateByProgram, Figure responseRateByCohort, Figure attrition,
                                    Figure attritionByProgram, Figure programmeEndsWithAftercare, Figure openSips,
                                    Figure overdueSipReviews, Figure openBetweenChairsAlerts) {

    @Serdeable
    public record FrequentAttenders(Figure count, Figure shareOfPersons, Figure shareOfEpisodes) {
    }
}
