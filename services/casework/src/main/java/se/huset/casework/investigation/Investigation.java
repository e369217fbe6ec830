package se.huset.casework.investigation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An utredning: SOCIAL data of the Kommun, read by its handler and the client's care team there. */
@Serdeable
public record Investigation(UUID id, @Nullable UUID actualisationId, UUID clientId, Law law, String handler,
                            LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable InvestigationOutcome outcome,
                            Instant recordedAt) {

    public static final String RESOURCE = "investigation/";

    public boolean open() {
        return closedOn == null;
    }

    /** Days since it opened, to today or to its closing: how long it has taken. */
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(openedOn, closedOn == null ? today : closedOn);
    }

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, Org.KOMMUN, DataCategory.SOCIAL, RESOURCE + id);
    }
}
