package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.kit.consent.OwnedRecord;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's way through one unit: WAITING (in its queue) → PLACED (in a place) → ENDED (with a reason and, but
 * for a death, an aftercare plan). HOUSING data of the body whose staff recorded it. {@code coordinator} is who
 * hears when the client loses the place: the social worker behind the decision, else who placed the client.
 */
@Serdeable
public record Placement(UUID id, UUID clientId, UUID unitId, String unitName, @Nullable Integer placeNumber,
                        @Nullable UUID decisionId, @Nullable LocalDate decisionDate, Org ownerOrg,
                        String coordinator, PlacementStatus status, Instant requestedAt, @Nullable Instant placedAt,
                        @Nullable Instant endedAt, @Nullable EndReason endReason, @Nullable AftercarePlan aftercare) {


    /** Move-in day in Swedish time, for pages. */
    @Nullable
    public LocalDate placedOn() {
        return placedAt == null ? null : LocalDate.ofInstant(placedAt, ClinicTime.ZONE);
    }

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, ownerOrg, DataCategory.HOUSING, "placement/" + id);
    }
}
