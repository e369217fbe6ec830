package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A care relationship began or ended: who, inside the body that owns the client's records, has a reason to read them
 * (need-to-know, PDL 4 kap 1 §). {@code party} is {@code user:<username>} or {@code unit:<unit>}; {@code basis}
 * names the relationship (CONTACT_UNIT, ASSIGNED, COORDINATOR, TREATMENT); {@code ref} tells two relationships of
 * the same party apart (the contact or the care-team entry that gave it).
 */
@Serdeable
public record CareRelationshipChanged(UUID clientId, String ownerOrg, String party, String basis, String ref,
                                      boolean active, Instant at, @Nullable String by) {
}
