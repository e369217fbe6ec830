package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new client in the registry. Carries only what other services' rules need (age for eligibility, sex for the
 * Swedish AUDIT/DUDIT cut-offs and group reports), never the name or identifier.
 */
@Serdeable
public record ClientRegistered(UUID clientId, String ownerOrg, @Nullable LocalDate birthDate, @Nullable String sex) {
}
