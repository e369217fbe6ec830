package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record ContactTriaged(UUID contactId, @Nullable UUID clientId, String urgency, String pathway,
                             List<String> responsibleOrgs, Instant registeredAt, Instant triagedAt) {
}
