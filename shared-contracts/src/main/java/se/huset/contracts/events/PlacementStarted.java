package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A client moved into a housing place. {@code unitType} is housing's unit type (e.g. HOUSING_FIRST, EXTERNAL_HVB);
 * {@code decisionId} the casework decision the placement carries out, when the unit needs one: casework marks it
 * enforced (verkställt) on the day the client moved in.
 */
@Serdeable
public record PlacementStarted(UUID placementId, UUID clientId, UUID unitId, String unitType, String ownerOrg,
                               Instant placedAt, @Nullable UUID decisionId) {
}
