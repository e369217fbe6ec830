package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import se.huset.booking.calendar.TimeRange;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appointment; it belongs to the body of the staff who booked it, data category APPOINTMENTS. */
public record Appointment(UUID id, AppointmentType type, AppointmentStatus status, @Nullable UUID clientId,
                          List<String> staff, @Nullable UUID roomId, Instant start, Instant end, Org ownerOrg,
                          String bookedBy, Instant bookedAt, @Nullable UUID requestId, @Nullable UUID seriesId,
                          @Nullable Integer occurrence, @Nullable Integer capacity) {

    public TimeRange during() {
        return new TimeRange(start, end);
    }

    public OwnedRecord owned() {
        return new OwnedRecord(clientId, ownerOrg, DataCategory.APPOINTMENTS, "appointment/" + id);
    }
}
