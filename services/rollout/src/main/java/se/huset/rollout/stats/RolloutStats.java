package se.huset.rollout.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import se.huset.contracts.security.Roles;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.kpi.KpiView;
import se.huset.rollout.plan.Milestone;
import se.huset.rollout.plan.PlanRepository;
import se.huset.rollout.plan.Status;
import se.huset.rollout.training.TrainingRegister;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/rollout/stats}: where the plan stands in numbers. Milestones, KPIs and trainings are about the
 * organisation, not about clients, so nothing here needs small-cell suppression.
 */
@Controller("/api/rollout/stats")
@Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
public class RolloutStats {

    private final PlanRepository plan;
    private final KpiBoard kpis;
    private final TrainingRegister trainings;
    private final Clock clock;

    public RolloutStats(PlanRepository plan, KpiBoard kpis, TrainingRegister trainings, Clock clock) {
        this.plan = plan;
        this.kpis = kpis;
        this.trainings = trainings;
        this.clock = clock;
    }

    /**
     * Milestones by status and overdue, KPIs with data and on target, training totals.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get
    @Transactional(readOnly = true)
    public Report stats() {
        List<Milestone> milestones = plan.all();
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, milestones.stream().filter(m -> m.status() == s).count());
        }
        List<KpiView> current = kpis.current();
        return new Report("rollout", clock.instant(), milestones.size(), byStatus,
                milestones.stream().filter(Milestone::overdue).count(),
                current.size(), current.stream().filter(k -> k.state() != KpiView.State.NO_DATA).count(),
                current.stream().filter(k -> Boolean.TRUE.equals(k.onTarget())).count(),
                trainings.totals());
    }

    @Serdeable
    public record Report(String service, Instant generatedAt, int milestones, Map<Status, Long> milestonesByStatus,
                         long milestonesOverdue, int kpis, long kpisWithData, long kpisOnTarget,
                         TrainingRegister.Totals training) {
    }
}
