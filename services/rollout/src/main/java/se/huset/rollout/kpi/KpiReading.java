package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** One value read from a service's stats: never a number when the source or our own rule suppressed it. */
public record KpiReading(@Nullable BigDecimal value, @Nullable Long n, boolean suppressed) {

    public static KpiReading hidden(@Nullable Long n) {
        return new KpiReading(null, n, true);
    }
}
