package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.util.UUID;

/** A triaged contact waiting for its first visit; it belongs to the body that runs the pathway. */
public record FirstVisitRequest(UUID id, UUID contactId, @Nullable UUID clientId, String urgency, String pathway,
                                Org unitOrg, Instant registeredAt, Instant triagedAt, Instant dueAt, Status status,
                                @Nullable UUID appointmentId, @Nullable Instant bookedAt) {

    public enum Status { OPEN, BOOKED }

    public OwnedRecord owned() {
        return new OwnedRecord(clientId, unitOrg, DataCategory.APPOINTMENTS, "request/" + id);
    }
}
