package se.huset.housing.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A social services' decision granting housing (casework's, from its feed: {@link CaseworkDecisions}), SOCIAL data of
 * the Kommun. {@code validTo} null: until further notice; {@code intervention} null on decisions read before housing
 * kept it; {@code enforcedOn} the day casework says the intervention started, null while it has not.
 */
@Serdeable
public record Decision(UUID id, UUID clientId, Org ownerOrg, String decidedBy, LocalDate decisionDate,
                       LocalDate validFrom, @Nullable LocalDate validTo, LegalBasis legalBasis, Instant recordedAt,
                       @Nullable Intervention intervention, @Nullable LocalDate enforcedOn) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, ownerOrg, DataCategory.SOCIAL, "decision/" + id);
    }
}
