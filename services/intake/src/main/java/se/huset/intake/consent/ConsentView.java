package se.huset.intake.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consent as the registry holds it: what it releases to whom, how the client gave it ({@code form}), who recorded
 * it and for which body ({@code grantedBy}, {@code grantedOrg}: the disclosing body, whose data it releases), and,
 * once revoked, who recorded the revocation, for which body, and who asked for it.
 */
@Serdeable
public record ConsentView(UUID id, UUID clientId, List<Org> recipientOrgs, List<DataCategory> categories,
                          ConsentPurpose purpose, ConsentForm form, LocalDate validUntil, String grantedBy,
                          @Nullable Org grantedOrg, Instant grantedAt, @Nullable Instant revokedAt,
                          @Nullable String revokedBy, @Nullable String revokeReason, Status status,
                          @Nullable Org revokedOrg, @Nullable RevocationRequester revokeRequestedBy) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public static Status statusOf(@Nullable Instant revokedAt, LocalDate validUntil, LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return validUntil.isBefore(today) ? Status.EXPIRED : Status.ACTIVE;
    }
}
