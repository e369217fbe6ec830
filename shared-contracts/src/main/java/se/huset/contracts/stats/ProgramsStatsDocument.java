package se.huset.contracts.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/programs/stats}: enrolments, completion and drop-out over finished enrolments (in total and by
 * programme and body), returns within twelve months, groups, and clients in parallel tracks of both bodies.
 * Every component may be absent to a reader: a figure a service does not serve (yet) reads as no data.
 */
@Serdeable
public record ProgramsStatsDocument(@Nullable Figure enrollments,
                                    @Nullable Figure activeEnrollments,
                                    @Nullable Figure activeEnrollmentsByProgramAndOrg,
                                    @Nullable Figure completionRate,
                                    @Nullable Figure completionRateByProgramAndOrg,
                                    @Nullable Figure dropOutRate,
                                    @Nullable Figure dropOutRateByProgramAndOrg,
                                    @Nullable Figure dropOutSessionMedianByProgramAndOrg,
                                    @Nullable Figure returnsWithin12Months,
                                    @Nullable Figure returnsWithin12MonthsByProgramAndOrg,
                                    @Nullable Figure returnShare,
                                    @Nullable Figure groups,
                                    @Nullable Figure coFacilitatedGroups,
                                    @Nullable Figure coFacilitatedGroupsShare,
                                    @Nullable Figure parallelTrackClients) {
}
