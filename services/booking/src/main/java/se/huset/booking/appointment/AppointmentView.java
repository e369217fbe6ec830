package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record AppointmentView(UUID id, AppointmentType type, AppointmentStatus status, @Nullable UUID clientId,
                              List<String> staff, @Nullable UUID roomId, Instant start, Instant end, String ownerOrg,
                              String bookedBy, Instant bookedAt, @Nullable UUID requestId, @Nullable UUID seriesId,
                              @Nullable Integer occurrence) {

    public static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id(), a.type(), a.status(), a.clientId(), a.staff(), a.roomId(), a.start(),
                a.end(), a.ownerOrg().name(), a.bookedBy(), a.bookedAt(), a.requestId(), a.seriesId(), a.occurrence());
    }
}
