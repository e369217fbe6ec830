package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A client lost their place against their plan (barred after a relapse, or evicted): the moment people fall out of
 * the care chain, so other services can react (e.g. follow-up, the frequent-attender watch).
 */
@Serdeable
public record HousingLost(UUID placementId, UUID clientId, UUID unitId, String reason, String coordinator,
                          String ownerOrg, Instant lostAt) {
}
