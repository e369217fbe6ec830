package se.huset.followup.frequent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.util.UUID;

/**
 * One contact intake registered: its kind (an acute visit, an inpatient episode, a report …), reporter and owner.
 * One row of {@code contact_episode}.
 */
@MappedEntity("contact_episode")
public record Episode(@Id UUID contactId, @Nullable UUID clientId, String kind, String referrer, Org ownerOrg,
                      Instant occurredAt) {
}
