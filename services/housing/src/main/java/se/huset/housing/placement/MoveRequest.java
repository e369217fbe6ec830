package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Moves a placed client to a free place in another unit; {@code decisionId} replaces the decision if given. */
@Serdeable
public record MoveRequest(@NotNull UUID unitId, @Nullable UUID decisionId) {
}
