package se.huset.rollout.report;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.web.PageDates;
import se.huset.rollout.action.ActionPlans;
import se.huset.rollout.cost.SharedCost;
import se.huset.rollout.cost.SharedCosts;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.kpi.KpiPoint;
import se.huset.rollout.kpi.KpiRepository;
import se.huset.rollout.kpi.KpiView;
import se.huset.rollout.plan.Milestone;
import se.huset.rollout.plan.MilestoneSchedule;
import se.huset.rollout.plan.Phase;
import se.huset.rollout.plan.PlanRepository;
import se.huset.rollout.plan.Status;
import se.huset.rollout.training.TrainingRegister;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steering group's dashboard as one model: the plan as a three-year timeline, the KPIs with their trends,
 * action plans, joint training and shared costs. The page and the PDF render the same model and fragments.
 */
@Singleton
public class Dashboard {

    /** How far back the trend lines reach. */
    static final int TREND_WEEKS = 26;
    /** The dashboard shows the newest training events; the register page has them all, a page at a time. */
    static final int LATEST_TRAININGS = 10;

    private final PlanRepository plan;
    private final MilestoneSchedule schedule;
    private final KpiBoard kpis;
    private final KpiRepository kpiRepository;
    private final ActionPlans actions;
    private final TrainingRegister trainings;
    private final SharedCosts costs;
    private final JsonMapper json;
    private final Clock clock;

    public Dashboard(PlanRepository plan, MilestoneSchedule schedule, KpiBoard kpis, KpiRepository kpiRepository,
                     ActionPlans actions, TrainingRegister trainings, SharedCosts costs, JsonMapper json, Clock clock) {
        this.plan = plan;
        this.schedule = schedule;
        this.kpis = kpis;
        this.kpiRepository = kpiRepository;
        this.actions = actions;
        this.trainings = trainings;
        this.costs = costs;
        this.json = json;
        this.clock = clock;
    }

    /** The model, with days and times shown by {@code dates} (the reader's language, the clinic's zone). */
    @Transactional(readOnly = true)
    public Map<String, Object> model(PageDates dates) {
        LocalDate today = LocalDate.now(clock);
        List<Milestone> milestones = plan.all();
        List<KpiView> current = kpis.current();
        Map<String, List<KpiPoint>> trends = kpis.trends(clock.instant().minus(TREND_WEEKS * 7L, ChronoUnit.DAYS));
        List<SharedCost> costEntries = costs.all();

        Map<String, Object> model = new HashMap<>();
        model.put("today", today);
        model.put("start", schedule.start());
        model.put("timeline", Timeline.of(schedule, milestones, today));
        model.put("statusCounts", statusCounts(milestones));
        model.put("statuses", Status.values());
        model.put("phases", Phase.values());
        model.put("kpis", current);
        Map<String, String> titles = new HashMap<>();
        milestones.forEach(m -> titles.put(m.code(), m.title()));
        model.put("milestoneTitles", titles);
        model.put("charts", charts(current, trends));
        model.put("sources", kpiRepository.sources().values());
        model.put("actions", actions.all());
        model.put("trainings", trainings.page(null, LATEST_TRAININGS).items());
        model.put("trainingTotals", trainings.totals());
        model.put("costYears", costs.byYear(costEntries));
        model.put("fmt", dates);
        model.put("figures", Figures.INSTANCE);
        return model;
    }

    static Map<Status, Long> statusCounts(List<Milestone> milestones) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, milestones.stream().filter(m -> m.status() == s).count());
        }
        return counts;
    }

    /** Per KPI, the chart's data as JSON for the canvas's data attribute (the CSP forbids inline scripts). */
    private Map<String, String> charts(List<KpiView> current, Map<String, List<KpiPoint>> trends) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KpiView k : current) {
            List<KpiPoint> points = trends.getOrDefault(k.code(), List.of());
            if (points.isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (KpiPoint p : points) {
                labels.add(p.collectedAt().atZone(clock.getZone()).toLocalDate().toString());
                values.add(p.suppressed() ? null : p.value());
            }
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("labels", labels);
            chart.put("values", values);
            chart.put("target", k.target());
            chart.put("reference", k.reference());
            try {
                out.put(k.code(), json.writeValueAsString(chart));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
