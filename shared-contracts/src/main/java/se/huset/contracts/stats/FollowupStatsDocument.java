package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/followup/stats}: frequent attenders, the follow-ups' coverage, response and attrition (in total,
 * by programme and by cohort), programme ends followed by aftercare, SIPs and open between-chairs alerts.
 * Every component may be absent to a reader: a figure a service does not serve (yet) reads as no data.
 */
@Serdeable
public record FollowupStatsDocument(@Nullable FrequentAttenders frequentAttenders,
                                    @Nullable Figure followUpCoverage,
                                    @Nullable Figure responseRate,
                                    @Nullable Figure responseRateByProgram,
                                    @Nullable Figure responseRateByCohort,
                                    @Nullable Figure attrition,
                                    @Nullable Figure attritionByProgram,
                                    @Nullable Figure programmeEndsWithAftercare,
                                    @Nullable Figure openSips,
                                    @Nullable Figure overdueSipReviews,
                                    @Nullable Figure openBetweenChairsAlerts) {

    @Serdeable
    public record FrequentAttenders(@Nullable Figure count,
                                    @Nullable Figure shareOfPersons,
                                    @Nullable Figure shareOfEpisodes) {
    }
}
