package se.huset.housing.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client lost their housing (barred after relapse, evicted): the coordinator must act before the next crisis.
 * A worklist item: taken by or assigned to someone ({@code assignedTo}), acknowledged, closed with a reason.
 */
@Serdeable
public record Alert(UUID id, UUID placementId, UUID clientId, UUID unitId, String unitName, String reason,
                    String coordinator, Org ownerOrg, Instant raisedAt, @Nullable String acknowledgedBy,
                    @Nullable Instant acknowledgedAt, @Nullable String assignedTo, @Nullable Instant assignedAt,
                    @Nullable String closedBy, @Nullable Instant closedAt, @Nullable String closeReason,
                    AlertState state) {

    public OwnedRecord asRecord() {
        return new OwnedRecord(clientId, ownerOrg, DataCategory.HOUSING, "alert/" + id);
    }

    /** The day it was raised, in Swedish time, for pages. */
    public LocalDate raisedOn() {
        return LocalDate.ofInstant(raisedAt, ClinicTime.ZONE);
    }

    /** Who is to act on it: the one it was given to, else the client's coordinator. */
    public String responsible() {
        return assignedTo != null ? assignedTo : coordinator;
    }

    public boolean open() {
        return state() == AlertState.OPEN;
    }

    public boolean closed() {
        return state() == AlertState.CLOSED;
    }
}
