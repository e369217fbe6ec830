package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Better;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the KPIs with their newest points and judges each against its source's state and its target. */
@Singleton
@Transactional(readOnly = true)
public class KpiBoard {

    private final KpiRepository kpis;
    private final Clock clock;

    public KpiBoard(KpiRepository kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    public List<KpiView> current() {
        Map<String, SourceState> sources = kpis.sources();
        Instant now = clock.instant();
        List<KpiView> out = new ArrayList<>();
        kpis.latest().forEach((d, p) -> out.add(view(d, p, sources.get(d.source()), now)));
        return out;
    }

    /** Weekly trend per KPI since {@code from}. */
    public Map<String, List<KpiPoint>> trends(Instant from) {
        return kpis.weekly(from);
    }

    static KpiView view(KpiDefinition d, @Nullable KpiPoint p, @Nullable SourceState source, Instant now) {
        if (p == null) {
            return new KpiView(d.code(), d.title(), d.unit(), d.source(), d.field(), d.milestone(), null, d.target(),
                    d.better(), null, false, null, null, KpiView.State.NO_DATA, null, d.reference(), d.referenceNote());
        }
        boolean stale = source == null || !source.available();
        return new KpiView(d.code(), d.title(), d.unit(), d.source(), d.field(), d.milestone(), p.value(), d.target(),
                d.better(), p.n(), p.suppressed(), p.collectedAt(),
                Math.max(0, Duration.between(p.collectedAt(), now).toMinutes()),
                stale ? KpiView.State.STALE : KpiView.State.CURRENT, onTarget(d, p.value()), d.reference(),
                d.referenceNote());
    }

    @Nullable
    static Boolean onTarget(KpiDefinition d, @Nullable BigDecimal value) {
        if (value == null || d.target() == null) {
            return null;
        }
        int c = value.compareTo(d.target());
        return d.better() == Better.HIGHER ? c >= 0 : c <= 0;
    }
}
