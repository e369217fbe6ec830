package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One field of one milestone changed: by whom, when, from what to what. */
@Serdeable
public record MilestoneChange(Instant changedAt, String changedBy, String field, @Nullable String oldValue,
                              @Nullable String newValue) {
}
