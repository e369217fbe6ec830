package se.huset.rollout.kpi;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.stats.StatsField;
import se.huset.contracts.stats.StatsFields;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every few minutes, reads each service's stats document with the service token and appends one point per KPI
 * found: each KPI names a figure of the contract ({@link StatsFields}), whose unit decides the suppression. A
 * service that does not answer is recorded as unavailable and its KPIs keep their last value (and its age); a
 * figure a service does not publish yet simply adds no point ("no data yet").
 */
@Singleton
public class KpiCollector {

    private static final Logger LOG = LoggerFactory.getLogger(KpiCollector.class);
    private static final int MAX_PROBLEM = 300;

    private final KpiRepository kpis;
    private final StatsSources sources;
    private final StatsToken token;
    private final Clock clock;
    private final Duration interval;

    public KpiCollector(KpiRepository kpis, StatsSources sources, StatsToken token, Clock clock,
                        @Value("${huset.rollout.collect-interval}") Duration interval) {
        this.kpis = kpis;
        this.sources = sources;
        this.token = token;
        this.clock = clock;
        this.interval = interval;
    }

    @Scheduled(fixedDelay = "${huset.rollout.collect-interval}", initialDelay = "${huset.rollout.collect-initial-delay}")
    void scheduled() {
        try {
            collectIfDue();
        } catch (RuntimeException e) {
            LOG.warn("KPI collection failed: {}", e.toString());
        }
    }

    /**
     * The scheduled round: every replica wakes up on its own timer, so a round that another replica ran less than
     * most of an interval ago is skipped. The lock makes the check and the round one step.
     */
    @Transactional
    public boolean collectIfDue() {
        if (!kpis.tryCollectLock()) {
            return false;
        }
        Instant last = kpis.lastRound();
        if (last != null && last.isAfter(clock.instant().minus(interval.multipliedBy(4).dividedBy(5)))) {
            return false;
        }
        return collect();
    }

    /**
     * One round; false when another replica holds the lock. The advisory lock lives as long as this transaction,
     * which the short HTTP timeouts keep brief.
     */
    @Transactional
    public boolean collect() {
        if (!kpis.tryCollectLock()) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, List<KpiDefinition>> bySource = new LinkedHashMap<>();
        kpis.definitions().forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
        String credential = null;
        String tokenProblem = null;
        try {
            credential = token.get();
        } catch (RuntimeException e) {
            tokenProblem = "no service token: " + e.getMessage();
        }
        for (Map.Entry<String, List<KpiDefinition>> entry : bySource.entrySet()) {
            String source = entry.getKey();
            Class<?> document = StatsFields.DOCUMENTS.get(source);
            if (document == null) {
                kpis.sourceAttempt(source, now, false, "no stats document in the contract for " + source);
                continue;
            }
            if (!sources.configured(source)) {
                kpis.sourceAttempt(source, now, false, "not configured (huset.sources." + source + ")");
                continue;
            }
            if (credential == null) {
                kpis.sourceAttempt(source, now, false, shorten(tokenProblem));
                continue;
            }
            Object stats;
            try {
                stats = sources.stats(source, document, credential).orElseThrow();
            } catch (RuntimeException e) {
                kpis.sourceAttempt(source, now, false, shorten(e.getMessage()));
                continue;
            }
            kpis.sourceAttempt(source, now, true, null);
            for (KpiDefinition d : entry.getValue()) {
                Optional<StatsField<?>> field = StatsFields.find(source, d.field());
                if (field.isEmpty()) {
                    LOG.warn("KPI {} names {}.{}, a figure the stats contract does not have", d.code(), source, d.field());
                    continue;
                }
                Optional<KpiReading> reading = field.get().read(stats)
                        .flatMap(figure -> KpiSuppression.read(figure, field.get().unit()));
                reading.ifPresent(r -> kpis.add(new KpiPoint(d.code(), now, source, r.value(), d.target(), r.n(),
                        r.suppressed())));
            }
        }
        return true;
    }

    private static String shorten(String problem) {
        String p = problem == null ? "unavailable" : problem;
        return p.length() > MAX_PROBLEM ? p.substring(0, MAX_PROBLEM) : p;
    }
}
