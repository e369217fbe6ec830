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

@Serdeable
public record ConsentView(UUID id, UUID clientId, List<Org> recipientOrgs, List<DataCategory> categories,
                          ConsentPurpose purpose, ConsentForm form, LocalDate validUntil, String grantedBy,
                          @Nullable Org grantedOrg, Instant grantedAt, @Nullable Instant revokedAt,
                          @Nullable String revokedBy, @Nullable String revokeReason, Status status) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public static Status statusOf(@Nullable Instant revokedAt, LocalDate validUntil, LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return validUntil.isBefore(today) ? Status.EXPIRED : Status.ACTIVE;
    }
}
