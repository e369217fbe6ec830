package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code milestone_change}: one field of one milestone changed. */
@MappedEntity("milestone_change")
public record RecordedChange(@Id @GeneratedValue @Nullable Long id, String milestone, Instant changedAt,
                             String changedBy, String field, @Nullable String oldValue, @Nullable String newValue) {

    MilestoneChange change() {
        return new MilestoneChange(changedAt, changedBy, field, oldValue, newValue);
    }
}
