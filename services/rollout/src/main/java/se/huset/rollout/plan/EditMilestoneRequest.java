package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A steering-group edit: only the fields given change. Kept as text so a wrong value comes back as a 400 that
 * names its field rather than a failed parse.
 */
@Serdeable
public record EditMilestoneRequest(@Nullable String status, @Nullable String evidence, @Nullable String decision,
                                   @Nullable String decidedOn) {
}
