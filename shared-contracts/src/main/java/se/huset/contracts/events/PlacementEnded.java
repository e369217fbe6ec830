package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A client moved out; {@code aftercarePlan} says whether a move-out aftercare plan with a named owner exists. */
@Serdeable
public record PlacementEnded(UUID placementId, UUID clientId, UUID unitId, String reason, boolean aftercarePlan,
                             String ownerOrg, Instant endedAt) {
}
