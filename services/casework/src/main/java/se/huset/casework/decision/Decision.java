package se.huset.casework.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision on an intervention, granted or refused; once granted, enforced on the day the intervention started. */
@Serdeable
public record Decision(UUID id, @Nullable UUID investigationId, UUID clientId, Intervention intervention,
                       boolean granted, LegalBasis legalBasis, LocalDate decidedOn, @Nullable LocalDate validFrom,
                       @Nullable LocalDate validTo, String decidedBy, @Nullable LocalDate appealedOn,
                       @Nullable LocalDate enforcedOn, Instant recordedAt) {

    public static final String RESOURCE = "decision/";

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, Org.KOMMUN, DataCategory.SOCIAL, RESOURCE + id);
    }
}
