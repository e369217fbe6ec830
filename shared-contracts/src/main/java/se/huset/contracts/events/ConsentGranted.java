package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
public record ConsentGranted(UUID consentId, UUID clientId, List<String> recipientOrgs, List<String> categories,
                             String purpose, String form, LocalDate validUntil, Instant grantedAt) {
}
