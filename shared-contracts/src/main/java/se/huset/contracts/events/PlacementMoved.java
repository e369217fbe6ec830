package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A placed client moved to another unit without a day between homes; {@code decisionId} the casework decision the
 * new place carries out (an HVB decision for a move from Housing First, say), which casework marks enforced.
 */
@Serdeable
public record PlacementMoved(UUID placementId, UUID clientId, UUID unitId, String unitType, String ownerOrg,
                             Instant movedAt, @Nullable UUID decisionId) {
}
