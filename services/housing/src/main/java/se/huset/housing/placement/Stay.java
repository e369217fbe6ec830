package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code stay}: a placement's time in one unit, open while {@code endedAt} is null. */
@MappedEntity("stay")
public record Stay(@Id @GeneratedValue @Nullable Long id, UUID placementId, UUID unitId, Instant startedAt,
                   @Nullable Instant endedAt) {

    static Stay open(UUID placementId, UUID unitId, Instant at) {
        return new Stay(null, placementId, unitId, at, null);
    }
}
