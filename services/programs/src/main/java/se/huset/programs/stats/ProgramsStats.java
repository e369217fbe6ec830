package se.huset.programs.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.stats.Figure;
import se.huset.kit.stats.SmallCells;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentRepository;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.ProgramGroup;
import se.huset.programs.outcome.OutcomeCalculator;
import se.huset.programs.paralleltrack.ParallelTrackRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The programmes' aggregates for the steering group: counts and rates only, small cells suppressed. */
@Singleton
public class ProgramsStats {

    private final OutcomeCalculator outcomes = new OutcomeCalculator();
    private final ParallelTrackRule parallelTracks = new ParallelTrackRule();
    private final EnrollmentRepository enrollments;
    private final GroupRepository groups;

    public ProgramsStats(EnrollmentRepository enrollments, GroupRepository groups) {
        this.enrollments = enrollments;
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public Map<String, Figure> figures() {
        List<Enrollment> all = enrollments.all();
        Map<OutcomeCalculator.Key, OutcomeCalculator.Outcome> byProgram = outcomes.byProgramAndOrg(all);
        OutcomeCalculator.Outcome total = outcomes.total(all);

        Map<String, Long> active = new LinkedHashMap<>();
        Map<String, Object> completion = new LinkedHashMap<>();
        Map<String, Object> dropOut = new LinkedHashMap<>();
        Map<String, Object> dropOutSession = new LinkedHashMap<>();
        Map<String, Long> returns = new LinkedHashMap<>();
        byProgram.forEach((key, o) -> {
            active.put(key.toString(), o.active());
            completion.put(key.toString(), SmallCells.share(o.completed(), o.finished()));
            dropOut.put(key.toString(), SmallCells.share(o.droppedOut(), o.finished()));
            dropOutSession.put(key.toString(), SmallCells.median(o.dropOutSessions().stream().map(Integer::doubleValue).toList()));
            returns.put(key.toString(), o.returns());
        });

        List<ProgramGroup> allGroups = groups.all();
        long coFacilitated = allGroups.stream().filter(ProgramGroup::coFacilitated).count();
        long parallel = parallelTracks.clients(all.stream().filter(e -> e.status() == EnrollmentStatus.ACTIVE)
                .map(e -> new ParallelTrackRule.Active(e.clientId(), e.programCode(), e.ownerOrg())).toList());

        Map<String, Figure> f = new LinkedHashMap<>();
        f.put("enrollments", Figure.of(SmallCells.count(total.enrollments()), total.enrollments(), 0));
        f.put("activeEnrollments", Figure.of(SmallCells.count(total.active()), total.active(), 0));
        f.put("activeEnrollmentsByProgramAndOrg", Figure.of(SmallCells.breakdown(active), total.active(), 0));
        f.put("completionRate", Figure.of(SmallCells.share(total.completed(), total.finished()), total.finished(), 0));
        f.put("completionRateByProgramAndOrg", Figure.of(completion, total.finished(), 0));
        f.put("dropOutRate", Figure.of(SmallCells.share(total.droppedOut(), total.finished()), total.finished(), 0));
        f.put("dropOutRateByProgramAndOrg", Figure.of(dropOut, total.finished(), 0));
        f.put("dropOutSessionMedianByProgramAndOrg", Figure.of(dropOutSession, total.droppedOut(),
                total.dropOutsWithoutSession()));
        f.put("returnsWithin12Months", Figure.of(SmallCells.count(total.returns()), total.enrollments(), 0));
        f.put("returnsWithin12MonthsByProgramAndOrg", Figure.of(SmallCells.breakdown(returns), total.enrollments(), 0));
        f.put("returnShare", Figure.of(SmallCells.share(total.returns(), total.enrollments()), total.enrollments(), 0));
        f.put("groups", Figure.of(SmallCells.count(allGroups.size()), allGroups.size(), 0));
        f.put("coFacilitatedGroupsShare", Figure.of(SmallCells.share(coFacilitated, allGroups.size()), allGroups.size(), 0));
        f.put("parallelTrackClients", Figure.of(SmallCells.count(parallel), total.active(), 0));
        return f;
    }
}
