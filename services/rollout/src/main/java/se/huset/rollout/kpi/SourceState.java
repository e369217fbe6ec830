package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** How the last collection from one service went. */
@Serdeable
public record SourceState(String source, Instant lastAttemptAt, @Nullable Instant lastSuccessAt, boolean available,
                          @Nullable String problem) {
}
