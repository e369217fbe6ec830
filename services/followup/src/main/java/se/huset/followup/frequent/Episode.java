package se.huset.followup.frequent;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.util.UUID;

/** One contact intake registered: its kind (an acute visit, an inpatient episode, a report …), reporter and owner. */
public record Episode(UUID contactId, @Nullable UUID clientId, String kind, String referrer, Org ownerOrg,
                      Instant occurredAt) {
}
