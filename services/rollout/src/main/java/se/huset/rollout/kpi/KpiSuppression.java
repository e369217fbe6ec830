package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.Unit;
import se.huset.kit.stats.SmallCells;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Small-cell suppression applied again on our side: a figure the source suppressed ({@code "<5"}) stays
 * suppressed, and so does a figure about persons resting on fewer than five records, or a count below five, even
 * if a source forgot to suppress it. Groups, hours and money count no persons: only the source's own {@code "<5"}
 * hides them. The dashboard is shown to user organisations: small towns, identifiable people.
 */
public final class KpiSuppression {

    private KpiSuppression() {
    }

    /** The figure as a KPI value; empty when its value is no number (a breakdown, say). */
    public static Optional<KpiReading> read(Figure figure, Unit unit) {
        BigDecimal number = number(figure.value());
        if (number == null && !SmallCells.SUPPRESSED.equals(figure.value())) {
            return Optional.empty();
        }
        boolean nSuppressed = SmallCells.SUPPRESSED.equals(figure.n());
        Long n = number(figure.n()) == null ? null : number(figure.n()).longValue();
        if (number == null) {
            return Optional.of(KpiReading.hidden(n));
        }
        boolean aboutPersons = unit != Unit.GROUPS && unit != Unit.HOURS && unit != Unit.SEK;
        boolean small = nSuppressed || (n != null && SmallCells.small(n))
                || (unit == Unit.COUNT && SmallCells.small(number.longValue()));
        if (aboutPersons && small) {
            return Optional.of(KpiReading.hidden(n));
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
