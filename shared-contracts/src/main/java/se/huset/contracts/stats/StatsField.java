package se.huset.contracts.stats;

import java.util.Optional;
import java.util.function.Function;

/**
 * One figure of a service's stats document that the rollout plan can read as a KPI: its name (the path in the
 * JSON, {@code [last]} for the newest entry), what it measures, and which direction its rule counts as better.
 */
public record StatsField<D>(String service, String name, Class<D> document, Unit unit, Better better,
                            Function<D, Optional<Figure>> reader) {

    /** The figure in {@code document}, which must be this field's service's document. */
    public Optional<Figure> read(Object document) {
        return reader.apply(this.document.cast(document));
    }
}
