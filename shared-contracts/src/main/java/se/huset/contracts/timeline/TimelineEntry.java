package se.huset.contracts.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Org;

import java.time.Instant;

/**
 * One step in a client's timeline as the owning service states it. The overview words it in the reader's language
 * from {@code kind}, {@code status} (a constant of the owning service, e.g. {@code COMPLETED}) and the two figures;
 * {@code label} is the record's own name (a programme, an intervention, an instrument) and {@code link} the page
 * that shows the record, through the gateway.
 *
 * @param id     unique within the owning service's timeline (the record's kind and id), the tie-break of the order
 * @param wholeDay the step is a day (a decision's, an investigation's opening), not a moment: {@code at} is its start
 * @param value  a figure the step carries: a score, sessions attended
 * @param of     what {@code value} is out of: sessions held, the score's maximum
 */
@Serdeable
public record TimelineEntry(String id, Instant at, boolean wholeDay, TimelineKind kind, Org body, @Nullable String label,
                            @Nullable String status, @Nullable Integer value, @Nullable Integer of,
                            @Nullable String link) {
}
