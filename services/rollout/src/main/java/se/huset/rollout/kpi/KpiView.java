package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.stats.Better;
import se.huset.contracts.stats.Unit;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A KPI as the dashboard and {@code GET /api/rollout/kpis} show it: the newest value with its target, n and
 * suppression, when it was collected and how old it is, and whether its source answered the last collection.
 */
@Serdeable
public record KpiView(String code, String title, Unit unit, String source, String field,
                      @Nullable String milestone, @Nullable BigDecimal value, @Nullable BigDecimal target,
                      Better better, @Nullable Long n, boolean suppressed, @Nullable Instant updatedAt,
                      @Nullable Long ageMinutes, State state, @Nullable Boolean onTarget,
                      @Nullable BigDecimal reference, @Nullable String referenceNote) {

    /** CURRENT: from the last collection; STALE: the source did not answer, this is its last value; NO_DATA: none yet. */
    public enum State { CURRENT, STALE, NO_DATA }
}
