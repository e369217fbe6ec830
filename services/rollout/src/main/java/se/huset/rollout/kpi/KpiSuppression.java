package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.stats.SmallCells;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Small-cell suppression applied again on our side: a figure the source suppressed ({@code "<5"}) stays
 * suppressed, and so does any figure resting on fewer than five records, or a count below five, even if a
 * source forgot to suppress it. The dashboard is shown to user organisations: small towns, identifiable people.
 */
public final class KpiSuppression {

    private KpiSuppression() {
    }

    /**
     * {@code node} is a {@code Figure} ({@code value, n, missing}) or a bare number; anything else is not a KPI
     * value and reads as empty.
     */
    public static Optional<KpiReading> read(Object node, KpiDefinition.Unit unit) {
        Object value = node;
        Long n = null;
        boolean nSuppressed = false;
        if (node instanceof Map<?, ?> figure && figure.containsKey("value")) {
            value = figure.get("value");
            Object rawN = figure.get("n");
            nSuppressed = SmallCells.SUPPRESSED.equals(rawN);
            n = number(rawN) == null ? null : number(rawN).longValue();
        }
        BigDecimal number = number(value);
        if (number == null && !SmallCells.SUPPRESSED.equals(value)) {
            return Optional.empty();
        }
        if (unit == KpiDefinition.Unit.COUNT && number != null && n == null) {
            n = number.longValue();
        }
        if (number == null || nSuppressed || (n != null && SmallCells.small(n))) {
            return Optional.of(KpiReading.hidden(nSuppressed ? null : n));
        }
        return Optional.of(new KpiReading(number, n, false));
    }

    @Nullable
    private static BigDecimal number(@Nullable Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }
}
