package se.huset.programs.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.ProgramsStatsDocument;
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

    /** One programme at one body, as the catalogue page shows it: small cells already suppressed. */
    public record OutcomeRow(String programCode, String org, Object enrollments, Object finished, Object completionRate,
                             Object dropOutRate, Object medianDropOutSession, Object returns) {
    }

    @Transactional(readOnly = true)
    public List<OutcomeRow> outcomeRows() {
        List<OutcomeRow> rows = new java.util.ArrayList<>();
        outcomes.byProgramAndOrg(enrollments.all()).forEach((key, o) -> rows.add(new OutcomeRow(key.programCode(),
                key.org(), SmallCells.count(o.enrollments()), SmallCells.count(o.finished()),
                SmallCells.share(o.completed(), o.finished()), SmallCells.share(o.droppedOut(), o.finished()),
                SmallCells.median(o.dropOutSessions().stream().map(Integer::doubleValue).toList()),
                SmallCells.count(o.returns()))));
        return rows;
    }

    @Transactional(readOnly = true)
    public ProgramsStatsDocument figures() {
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

        return new ProgramsStatsDocument(
                SmallCells.figure(SmallCells.count(total.enrollments()), total.enrollments(), 0),
                SmallCells.figure(SmallCells.count(total.active()), total.active(), 0),
                SmallCells.figure(SmallCells.breakdown(active), total.active(), 0),
                SmallCells.figure(SmallCells.share(total.completed(), total.finished()), total.finished(), 0),
                SmallCells.figure(completion, total.finished(), 0),
                SmallCells.figure(SmallCells.share(total.droppedOut(), total.finished()), total.finished(), 0),
                SmallCells.figure(dropOut, total.finished(), 0),
                SmallCells.figure(dropOutSession, total.droppedOut(), total.dropOutsWithoutSession()),
                SmallCells.figure(SmallCells.count(total.returns()), total.enrollments(), 0),
                SmallCells.figure(SmallCells.breakdown(returns), total.enrollments(), 0),
                SmallCells.figure(SmallCells.share(total.returns(), total.enrollments()), total.enrollments(), 0),
                SmallCells.figure(SmallCells.count(allGroups.size()), allGroups.size(), 0),
                // groups count no persons: the co-facilitated ones are shown however few
                new Figure(coFacilitated, (long) allGroups.size(), 0L),
                SmallCells.figure(SmallCells.share(coFacilitated, allGroups.size()), allGroups.size(), 0),
                SmallCells.figure(SmallCells.count(parallel), total.active(), 0));
    }
}
