package se.huset.rollout.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.rollout.action.ActionPlan;
import se.huset.rollout.action.ActionPlans;
import se.huset.rollout.cost.CostCategory;
import se.huset.rollout.cost.CostSplit;
import se.huset.rollout.cost.SharedCost;
import se.huset.rollout.cost.SharedCosts;
import se.huset.rollout.kpi.KpiPoint;
import se.huset.rollout.kpi.KpiRepository;
import se.huset.rollout.plan.Milestone;
import se.huset.rollout.plan.MilestoneSchedule;
import se.huset.rollout.plan.PlanRepository;
import se.huset.rollout.plan.Status;
import se.huset.rollout.training.TrainingEvent;
import se.huset.rollout.training.TrainingRegister;

import se.huset.kit.time.ClinicTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The steering group's view of a plausible first year: milestones moved along as the months passed (with their
 * history), a weekly KPI history for what intake publishes, action plans, joint trainings and shared costs.
 * Deterministic (fixed seed, fixed ids, dates from the configured start) and loaded once.
 */
@Singleton
public class RolloutDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RolloutDemoData.class);
    private static final long LOAD_LOCK = 0x524f4c4c44454dL;
    private static final String BY = "steering";

    /** Where the demo's first year ran into trouble: the steering group's worries in the seeds. */
    private static final Map<String, String[]> TROUBLE = Map.of(
            "Y1S1-BRUKARORG", new String[] {"AT_RISK", "Brukarrådet bemannar mottagningen två dagar i veckan; målet är fem."},
            "Y1S2-UNGDOMAR", new String[] {"BLOCKED", "Finansiering saknas för ungdomsspåret; frågan lyfts till huvudmännen."},
            "Y1S2-INTEGRATION-START", new String[] {"AT_RISK", "Lokalfrågan för samlokalisering är inte löst."});

    private final JdbcOperations jdbc;
    private final PlanRepository plan;
    private final MilestoneSchedule schedule;
    private final KpiRepository kpis;
    private final ActionPlans actions;
    private final TrainingRegister trainings;
    private final SharedCosts costs;
    private final Clock clock;

    public RolloutDemoData(JdbcOperations jdbc, PlanRepository plan, MilestoneSchedule schedule, KpiRepository kpis,
                           ActionPlans actions, TrainingRegister trainings, SharedCosts costs, Clock clock) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.schedule = schedule;
        this.kpis = kpis;
        this.actions = actions;
        this.trainings = trainings;
        this.costs = costs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void loadOnce() {
        jdbc.prepareStatement("select pg_advisory_xact_lock(?)", ps -> {
            ps.setLong(1, LOAD_LOCK);
            return ps.execute();
        });
        if (alreadyThere()) {
            LOG.info("Rollout demo data is already loaded; nothing to do");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        milestones(today);
        kpiHistory(today);
        actionPlans();
        trainingEvents(today);
        sharedCosts(today);
        LOG.info("Rollout demo data loaded");
    }

    private boolean alreadyThere() {
        return jdbc.prepareStatement("select 1 from action_plan where id = ?", ps -> {
            ps.setObject(1, id(1));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Milestones due before this month are done, those begun are in progress, with the troubles above. */
    private void milestones(LocalDate today) {
        int month = schedule.monthOf(today);
        for (Milestone m : plan.all()) {
            Status status;
            String evidence;
            LocalDate changed;
            if (TROUBLE.containsKey(m.code()) && m.startMonth() <= month) {
                status = Status.valueOf(TROUBLE.get(m.code())[0]);
                evidence = TROUBLE.get(m.code())[1];
                changed = today.minusWeeks(2);
            } else if (m.dueMonth() <= month) {
                status = Status.DONE;
                evidence = "Avrapporterat till styrgruppen " + m.dueOn() + ".";
                changed = m.dueOn();
            } else if (m.startMonth() <= month) {
                status = Status.IN_PROGRESS;
                evidence = null;
                changed = m.startsOn().plusDays(7).isAfter(today) ? today : m.startsOn().plusDays(7);
            } else {
                continue;
            }
            Instant at = changed.atTime(10, 0).atZone(ClinicTime.ZONE).toInstant();
            Instant started = m.startsOn().plusDays(7).atTime(10, 0).atZone(ClinicTime.ZONE).toInstant();
            if (status != Status.IN_PROGRESS && started.isBefore(at)) {
                // the work began before it was finished or ran into trouble: both steps in the history
                plan.recordChange(m.code(), started, BY, "status", Status.NOT_STARTED.name(), Status.IN_PROGRESS.name());
                plan.recordChange(m.code(), at, BY, "status", Status.IN_PROGRESS.name(), status.name());
            } else {
                plan.recordChange(m.code(), at, BY, "status", Status.NOT_STARTED.name(), status.name());
            }
            if (evidence != null) {
                plan.recordChange(m.code(), at, BY, "evidence", null, evidence);
            }
            plan.update(m.code(), status, evidence, null, null, BY, at);
        }
    }

    /** Weekly points from the start of year 1 until today for the KPIs intake publishes. */
    private void kpiHistory(LocalDate today) {
        Random random = new Random(7);
        LocalDate first = schedule.start();
        int weeks = (int) Math.max(1, ChronoUnit.WEEKS.between(first, today));
        long cumulative = 0;
        for (int w = 0; w <= weeks; w++) {
            Instant at = first.plusWeeks(w).atTime(12, 0).atZone(ClinicTime.ZONE).toInstant();
            if (at.isAfter(clock.instant())) {
                break;
            }
            double progress = (double) w / weeks;
            long contacts = Math.round(3 + 30 * progress + random.nextGaussian() * 3);
            contacts = Math.max(0, contacts);
            cumulative += contacts;
            point("contacts-per-week", at, contacts, contacts, 20);
            long triaged = Math.round(cumulative * 0.95);
            point("median-minutes-to-triage", at, 900 - 600 * progress + random.nextGaussian() * 40, triaged, 480);
            point("share-triaged-one-working-day", at, share(0.55 + 0.37 * progress + random.nextGaussian() * 0.02),
                    triaged, 0.9);
            point("share-consent-both-orgs", at, share(0.25 + 0.4 * progress + random.nextGaussian() * 0.02),
                    Math.round(cumulative * 0.7), 0.6);
        }
        kpis.sourceAttempt("intake", clock.instant(), true, null);
    }

    /** A point as the collector would store it, suppressed while it rests on fewer than five. */
    private void point(String kpi, Instant at, double value, long n, double target) {
        boolean suppressed = n < 5;
        kpis.add(new KpiPoint(kpi, at, "intake",
                suppressed ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP),
                BigDecimal.valueOf(target), n, suppressed));
    }

    private static double share(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void actionPlans() {
        LocalDate s = schedule.start();
        Instant at = s.atStartOfDay(ClinicTime.ZONE).toInstant();
        actions.insert(new ActionPlan(id(1), "Bemanna mottagningen med båda huvudmännen",
                "Chef för HUSET", "Schema där Beroendeenheten, socialtjänsten och primärvården täcker alla öppettider; "
                + "gemensam introduktion för ny personal.", s.plusMonths(1), s.plusMonths(6),
                "0,5 tjänst samordnare; schemaverktyg", "Bemannade timmar per huvudman redovisas månadsvis för styrgruppen.",
                "Y1S1-PERSONAL", null, Status.DONE, at, BY));
        actions.insert(new ActionPlan(id(2), "Samtyckesrutin i mottagningen", "Enhetschef socialtjänst",
                "Rutin och blankett för samtycke som täcker båda huvudmännen; utbildning för receptionen.",
                s.plusMonths(1), s.plusMonths(5), "Jurist 20 timmar; utbildningstid 2 h per medarbetare",
                "Andelen aktiva klienter med samtycke för båda följs varje vecka på instrumentpanelen.",
                null, "share-consent-both-orgs", Status.IN_PROGRESS, at, BY));
        actions.insert(new ActionPlan(id(3), "Brukarorganisationernas närvaro", "Styrgrupp",
                "Överenskommelse med brukarrådet om närvaro fem dagar i veckan; arvodering.",
                s.plusMonths(2), s.plusMonths(12), "Arvode 120 000 kr per år",
                "Närvarotimmar redovisas kvartalsvis; avstämning med brukarrådet.",
                "Y1S1-BRUKARORG", null, Status.AT_RISK, at, BY));
        actions.insert(new ActionPlan(id(4), "Triage inom en arbetsdag", "Chef för HUSET",
                "Daglig triagetavla; påminnelse när en kontakt väntat över en arbetsdag.",
                s.plusMonths(3), s.plusMonths(9), "Ingen extra resurs",
                "Andel triagerade inom en arbetsdag följs veckovis; mål 90 %.",
                null, "share-triaged-one-working-day", Status.IN_PROGRESS, at, BY));
    }

    private void trainingEvents(LocalDate today) {
        LocalDate s = schedule.start();
        Object[][] events = {
            {"Motiverande samtal (MI), grundkurs", 2, "16", 9, 11, 2},
            {"Gemensam introduktion: sekretess och samtycke", 2, "4", 14, 15, 3},
            {"Teamutveckling: en ingång", 3, "8", 12, 13, 4},
            {"Återfallsprevention (ÅP)", 5, "12", 6, 7, 0},
            {"SIP i praktiken", 7, "4", 10, 12, 2},
            {"Samsjuklighet: bemötande och vårdkedja", 9, "6", 13, 9, 3},
        };
        for (int i = 0; i < events.length; i++) {
            Object[] e = events[i];
            LocalDate held = s.plusMonths((Integer) e[1]).plusDays(9);
            if (held.isAfter(today)) {
                continue;
            }
            trainings.insert(new TrainingEvent(id(100 + i), (String) e[0], held, new BigDecimal((String) e[2]),
                    (Integer) e[3], (Integer) e[4], (Integer) e[5]), BY);
        }
    }

    private void sharedCosts(LocalDate today) {
        int year = schedule.start().getYear();
        Object[][] rows = {
            {CostCategory.PREMISES, "1200000", "Mottagningens lokaler nära TNE"},
            {CostCategory.MANAGER, "1150000", "Chef inkl. stöd"},
            {CostCategory.COMPETENCE_DEVELOPMENT, "240000", "Gemensamma utbildningar"},
            {CostCategory.RESEARCH_EVALUATION, "400000", "FoU följer processen från start"},
            {CostCategory.RUNNING_COSTS, "310000.50", "Telefoni, IT och förbrukning"},
        };
        for (int i = 0; i < rows.length; i++) {
            costs.insert(new SharedCost(id(200 + i), Math.min(year, today.getYear()), (CostCategory) rows[i][0],
                    CostSplit.of(new BigDecimal((String) rows[i][1])), (String) rows[i][2]), BY);
        }
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
