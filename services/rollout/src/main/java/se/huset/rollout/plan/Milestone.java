package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone of the plan as readers see it, dates resolved against the configured start. */
@Serdeable
public record Milestone(String code, Phase phase, int position, String title, String description, String owner,
                        LocalDate startsOn, LocalDate dueOn, int startMonth, int dueMonth, Status status,
                        boolean overdue, @Nullable String evidence, boolean decisionRequired,
                        @Nullable String decision, @Nullable LocalDate decidedOn,
                        @Nullable Instant updatedAt, @Nullable String updatedBy) {
}
