package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** What a KPI measures and where it comes from: a service and a path in that service's stats answer. */
@Serdeable
public record KpiDefinition(String code, int position, String title, Unit unit, String source, String field,
                            @Nullable BigDecimal target, Better better, @Nullable BigDecimal reference,
                            @Nullable String referenceNote, @Nullable String milestone) {

    public enum Unit { COUNT, SHARE, MINUTES, DAYS, HOURS, SEK }

    /** Which direction is good, so a value can be judged against its target. */
    public enum Better { HIGHER, LOWER }
}
