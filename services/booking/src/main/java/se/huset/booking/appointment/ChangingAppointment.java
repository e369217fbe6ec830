package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.request.RequestRepository;
import se.huset.contracts.events.AppointmentAttended;
import se.huset.contracts.events.AppointmentCancelled;
import se.huset.contracts.events.AppointmentNoShow;
import se.huset.contracts.events.EventTypes;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Cancels, records attendance or no-show, or moves an appointment. Only the owning body, the appointment's own
 * staff or a service change it, and only while it is BOOKED.
 */
@Singleton
public class ChangingAppointment {

    private final AppointmentRepository appointments;
    private final NoDoubleBooking rule;
    private final ResourceCheck check;
    private final RequestRepository requests;
    private final Outbox outbox;
    private final ConsentGuard guard;
    private final Clock clock;

    public ChangingAppointment(AppointmentRepository appointments, NoDoubleBooking rule, ResourceCheck check,
                               RequestRepository requests, Outbox outbox, ConsentGuard guard, Clock clock) {
        this.appointments = appointments;
        this.rule = rule;
        this.check = check;
        this.requests = requests;
        this.outbox = outbox;
        this.guard = guard;
        this.clock = clock;
    }

    @Serdeable
    public record CancelRequest(@Nullable By by) {
    }

    public enum By { CLIENT, CLINIC }

    @Serdeable
    public record MoveRequest(@Nullable String start, @Nullable String end, @Nullable UUID roomId) {
    }

    @Transactional
    public AppointmentView cancel(Staff staff, UUID id, @Nullable By by) {
        Appointment a = editable(staff, id);
        By who = by == null ? By.CLINIC : by;
        Instant now = clock.instant();
        change(a, who == By.CLIENT ? AppointmentStatus.CANCELLED_BY_CLIENT : AppointmentStatus.CANCELLED_BY_CLINIC,
                staff, now);
        rule.release(id);
        if (a.requestId() != null) {
            requests.reopen(a.requestId());
        }
        outbox.publish(EventTypes.APPOINTMENT_CANCELLED, id, new AppointmentCancelled(id, a.type().name(),
                a.clientId(), a.ownerOrg().name(), a.start(), who.name(), now));
        return written(staff, id, "CANCEL");
    }

    @Transactional
    public AppointmentView attended(Staff staff, UUID id) {
        Appointment a = begun(editable(staff, id));
        Instant now = clock.instant();
        change(a, AppointmentStatus.ATTENDED, staff, now);
        outbox.publish(EventTypes.APPOINTMENT_ATTENDED, id, new AppointmentAttended(id, a.type().name(),
                a.clientId(), a.ownerOrg().name(), a.start(), now));
        return written(staff, id, "ATTENDED");
    }

    @Transactional
    public AppointmentView noShow(Staff staff, UUID id) {
        Appointment a = begun(editable(staff, id));
        Instant now = clock.instant();
        change(a, AppointmentStatus.NO_SHOW, staff, now);
        outbox.publish(EventTypes.APPOINTMENT_NO_SHOW, id, new AppointmentNoShow(id, a.type().name(),
                a.clientId(), a.ownerOrg().name(), a.start(), now));
        return written(staff, id, "NO_SHOW");
    }

    /** A new time (and optionally room) for one appointment; a series occurrence moves alone. */
    @Transactional
    public AppointmentView move(Staff staff, UUID id, MoveRequest r) {
        Appointment a = editable(staff, id);
        if (a.status() != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("The appointment is " + a.status() + "; only a BOOKED one moves.");
        }
        TimeRange during = TimeRange.of("start", r.start(), "end", r.end());
        check.staff("staff", a.staff(), during, "start");
        UUID room = r.roomId() == null ? a.roomId() : r.roomId();
        check.room("roomId", room, during, "start");
        Appointment moved = new Appointment(a.id(), a.type(), a.status(), a.clientId(), a.staff(), room,
                during.start(), during.end(), a.ownerOrg(), a.bookedBy(), a.bookedAt(), a.requestId(), a.seriesId(),
                a.occurrence(), a.capacity());
        appointments.move(id, during, room);
        rule.reclaim(moved);
        outbox.publish(EventTypes.APPOINTMENT_BOOKED, id, BookingAppointment.booked(moved));
        return written(staff, id, "MOVE");
    }

    private Appointment editable(Staff staff, UUID id) {
        Appointment a = appointments.lock(id).orElseThrow(() -> ProblemException.notFound("Appointment " + id));
        guard.read(staff, a.owned(), "READ", a);
        boolean mayChange = staff.inProcess() || staff.org() == a.ownerOrg()
                || a.staff().contains(staff.username());
        if (!mayChange) {
            throw ProblemException.forbidden("Only the body that booked the appointment, or its staff, change it.");
        }
        return a;
    }

    private Appointment begun(Appointment a) {
        if (clock.instant().isBefore(a.start())) {
            throw ProblemException.conflict("The appointment has not begun yet.");
        }
        return a;
    }

    private void change(Appointment a, AppointmentStatus to, Staff staff, Instant now) {
        if (!appointments.changeStatus(a.id(), to, staff.username(), now)) {
            throw ProblemException.conflict("The appointment is " + a.status() + "; only a BOOKED one changes to " + to + ".");
        }
    }

    private AppointmentView written(Staff staff, UUID id, String action) {
        Appointment after = appointments.find(id).orElseThrow();
        if (after.clientId() != null) {
            guard.wrote(staff, after.owned(), action);
        }
        return AppointmentView.of(after);
    }
}
