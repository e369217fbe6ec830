package se.huset.booking.demo;

import io.micronaut.core.annotation.Nullable;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.request.CloseReason;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the demo history writes, planned without a database ({@link CareHistoryPlanner}): appointments with their
 * outcome as the use cases would have left them, and the requests closed without a visit.
 */
record CareHistory(List<Planned> appointments, List<Closing> closings) {

    /** An appointment in its final status; {@code statusAt} is when that status was recorded (null while BOOKED). */
    record Planned(Appointment appointment, @Nullable Instant statusAt) {
    }

    record Closing(UUID requestId, CloseReason reason, Instant at) {
    }
}
