package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/programs/stats}: enrolments, completion and drop-out over finished enrolments (in total and by
 * programme and body), returns within twelve months, groups, and clients in parallel tracks of both bodies.
 */
@Serdeable
public record ProgramsStatsDocument(Figure enrollments, Figure activeEnrollments,
                                    Figure activeEnrollmentsByProgramAndOrg, Figure completionRate,
                                    Figure completionRateByProgramAndOrg, Figure dropOutRate,
                                    Figure dropOutRateByProgramAndOrg, Figure dropOutSessionMedianByProgramAndOrg,
                                    Figure returnsWithin12Months, Figure returnsWithin12MonthsByProgramAndOrg,
                                    Figure returnShare, Figure groups, Figure coFacilitatedGroups,
                                    Figure coFacilitatedGroupsShare, Figure parallelTrackClients) {
}
