package se.huset.kit.consent;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A client's consent as every service holds it (replicated from intake). */
public record ConsentGrant(UUID consentId, UUID clientId, Set<Org> recipientOrgs, Set<DataCategory> categories,
                           ConsentPurpose purpose, LocalDate validUntil, @Nullable Instant revokedAt) {

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !validUntil.isBefore(day);
    }

    public boolean covers(Org reader, DataCategory category, LocalDate day) {
        return activeOn(day) && purpose == ConsentPurpose.CARE_COORDINATION
                && recipientOrgs.contains(reader) && categories.contains(category);
    }
}
