package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record RequestView(UUID id, UUID contactId, @Nullable UUID clientId, String urgency, String pathway,
                          String unitOrg, Instant registeredAt, Instant triagedAt, Instant dueAt, boolean overdue,
                          FirstVisitRequest.Status status, @Nullable UUID appointmentId, @Nullable String takenBy,
                          @Nullable Instant takenAt, @Nullable CloseReason closeReason, @Nullable String closedBy,
                          @Nullable Instant closedAt) {

    public static RequestView of(FirstVisitRequest r, Instant now) {
        return new RequestView(r.id(), r.contactId(), r.clientId(), r.urgency(), r.pathway(), r.unitOrg().name(),
                r.registeredAt(), r.triagedAt(), r.dueAt(),
                r.status() == FirstVisitRequest.Status.OPEN && !CareGuaranteeClock.kept(now, r.dueAt()), r.status(),
                r.appointmentId(), r.takenBy(), r.takenAt(), r.closeReason(), r.closedBy(), r.closedAt());
    }
}
