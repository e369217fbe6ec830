package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * A request to place a client in a unit. {@code decisionId} is the biståndsbeslut when the unit needs one;
 * {@code queue: true} puts the client on the unit's waiting list when it is full instead of answering 409.
 */
@Serdeable
public record PlacementRequest(@NotNull UUID clientId, @NotNull UUID unitId, @Nullable UUID decisionId,
                               @Nullable Boolean queue) {

    public boolean queueWhenFull() {
        return Boolean.TRUE.equals(queue);
    }
}
