package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person known to HUSET. Identity data belongs to the body that first registered the person. */
public record Client(UUID id, String identifier, String identifierKind, @Nullable String name, @Nullable String phone,
                     @Nullable LocalDate birthDate, @Nullable String sex, Org ownerOrg, String createdBy,
                     Instant createdAt) {

    public OwnedRecord asIdentityRecord() {
        return new OwnedRecord(id, ownerOrg, DataCategory.IDENTITY, "client/" + id);
    }
}
