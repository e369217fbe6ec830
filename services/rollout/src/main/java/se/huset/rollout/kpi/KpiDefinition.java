package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.stats.Better;
import se.huset.contracts.stats.Unit;

import java.math.BigDecimal;

/**
 * What a KPI measures and where it comes from: a service and the name of a figure in that service's stats document
 * ({@code se.huset.contracts.stats.StatsFields}).
 */
@Serdeable
public record KpiDefinition(String code, int position, String title, Unit unit, String source, String field,
                            @Nullable BigDecimal target, Better better, @Nullable BigDecimal reference,
                            @Nullable String referenceNote, @Nullable String milestone) {
}
