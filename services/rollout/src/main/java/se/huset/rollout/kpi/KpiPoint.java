package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** One stored value of a KPI's time series. */
@Serdeable
public record KpiPoint(String kpi, Instant collectedAt, String source, @Nullable BigDecimal value,
                       @Nullable BigDecimal target, @Nullable Long n, boolean suppressed) {
}
