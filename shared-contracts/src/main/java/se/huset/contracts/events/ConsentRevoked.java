package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record ConsentRevoked(UUID consentId, UUID clientId, Instant revokedAt) {
}
