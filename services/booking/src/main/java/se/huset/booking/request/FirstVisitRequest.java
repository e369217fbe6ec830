package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * A triaged contact waiting for its first visit; it belongs to the body that runs the pathway. On the worklist it
 * can be taken by (or assigned to) one staff member of that body, and closed with a reason without a visit.
 */
public record FirstVisitRequest(UUID id, UUID contactId, @Nullable UUID clientId, String urgency, String pathway,
                                Org unitOrg, Instant registeredAt, Instant triagedAt, Instant dueAt, Status status,
                                @Nullable UUID appointmentId, @Nullable Instant bookedAt, @Nullable String takenBy,
                                @Nullable Instant takenAt, @Nullable CloseReason closeReason,
                                @Nullable String closedBy, @Nullable Instant closedAt) {

    /** OPEN is the waiting list; BOOKED has its first visit; CLOSED was settled without one (see its reason). */
    public enum Status { OPEN, BOOKED, CLOSED }

    /** A new request from triage: open, untaken. */
    public static FirstVisitRequest triaged(UUID id, UUID contactId, @Nullable UUID clientId, String urgency,
                                            String pathway, Org unitOrg, Instant registeredAt, Instant triagedAt,
                                            Instant dueAt) {
        return new FirstVisitRequest(id, contactId, clientId, urgency, pathway, unitOrg, registeredAt, triagedAt,
                dueAt, Status.OPEN, null, null, null, null, null, null, null);
    }

    public OwnedRecord owned() {
        return new OwnedRecord(clientId, unitOrg, DataCategory.APPOINTMENTS, "request/" + id);
    }
}
