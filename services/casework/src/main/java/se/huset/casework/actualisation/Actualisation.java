package se.huset.casework.actualisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * A matter the Kommun has become responsible for (aktualisering), and its förhandsbedömning once made: opened
 * into an investigation or not, with the reason. SOCIAL data of the Kommun, in its social services' queue.
 */
@Serdeable
public record Actualisation(UUID id, @Nullable UUID contactId, @Nullable UUID clientId, ActualisationSource source,
                            String reporter, Instant receivedAt, @Nullable Instant assessedAt,
                            @Nullable String assessedBy, @Nullable Boolean opened, @Nullable String reason) {

    public static final String RESOURCE = "actualisation/";

    public boolean assessed() {
        return assessedAt != null;
    }

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, Org.KOMMUN, DataCategory.SOCIAL, RESOURCE + id);
    }
}
