package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record ContactRegistered(UUID contactId, @Nullable UUID clientId, String channel, String kind,
                                String referrer, List<String> substances, String ownerOrg, Instant registeredAt) {
}
