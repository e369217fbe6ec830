package se.huset.booking.appointment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.reminder.ReminderOutbox;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.booking.request.RequestRepository;
import se.huset.contracts.events.AppointmentBooked;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Books an appointment: checks the input, writes the appointment and its slots (where {@link NoDoubleBooking}
 * refuses a collision), fulfils the first-visit request it names, queues the client's reminder and publishes
 * AppointmentBooked, all in one transaction.
 */
@Singleton
public class BookingAppointment {

    private final AppointmentRepository appointments;
    private final NoDoubleBooking rule;
    private final ResourceCheck check;
    private final RequestRepository requests;
    private final ReminderOutbox reminders;
    private final Outbox outbox;
    private final ConsentGuard guard;
    private final Clock clock;

    public BookingAppointment(AppointmentRepository appointments, NoDoubleBooking rule, ResourceCheck check,
                              RequestRepository requests, ReminderOutbox reminders, Outbox outbox, ConsentGuard guard,
                              Clock clock) {
        this.appointments = appointments;
        this.rule = rule;
        this.check = check;
        this.requests = requests;
        this.reminders = reminders;
        this.outbox = outbox;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public AppointmentView book(Staff booker, BookAppointmentRequest r) {
        AppointmentType type = r.type();
        TimeRange during = TimeRange.of("start", r.start(), "end", r.end());
        List<String> staff = r.staffOrEmpty();
        if (staff.isEmpty() && type != AppointmentType.USER_ORG_PRESENCE) {
            throw ProblemException.invalid("staff", "name at least one staff member");
        }
        List<StaffCalendar> calendars = check.staff("staff", staff, during, "start");
        if (type == AppointmentType.SIP_MEETING && !bothBodies(calendars)) {
            throw ProblemException.invalid("staff", "a SIP meeting needs staff from both REGION and KOMMUN");
        }
        if (r.roomId() == null && (type == AppointmentType.GROUP_SESSION || type == AppointmentType.USER_ORG_PRESENCE)) {
            throw ProblemException.invalid("roomId", "is required for " + type);
        }
        check.room("roomId", r.roomId(), during, "start");
        if (!type.forOneClient() && r.clientId() != null) {
            throw ProblemException.invalid("clientId", "a " + type + " has no single client");
        }
        FirstVisitRequest request = r.requestId() == null ? null : request(type, r);
        if (request == null && type.forOneClient() && r.clientId() == null) {
            throw ProblemException.invalid("clientId", "is required for " + type);
        }
        if (r.reminder() != null && r.clientId() == null) {
            throw ProblemException.invalid("reminder", "only an appointment with a client sends reminders");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Appointment a = new Appointment(UUID.randomUUID(), type, AppointmentStatus.BOOKED, r.clientId(), staff,
                r.roomId(), during.start(), during.end(), ownerOf(booker, calendars), booker.username(), now,
                r.requestId(), null, null, null);
        place(booker, a);
        if (request != null) {
            requests.fulfil(request.id(), a.id(), now);
        }
        if (r.reminder() != null) {
            reminders.schedule(a, r.reminder().channel().name(), r.reminder().to());
        }
        return AppointmentView.of(a);
    }

    /** Writes one checked appointment with its slots and its event; series occurrences come through here too. */
    @Transactional
    public void place(Staff booker, Appointment a) {
        appointments.insert(a);
        rule.claim(a);
        outbox.publish(EventTypes.APPOINTMENT_BOOKED, a.id(), booked(a));
        if (a.clientId() != null) {
            guard.wrote(booker, a.owned(), "BOOK");
        }
    }

    /** The body that owns what is booked: the booker's, or for a service's booking the first staff member's. */
    public static Org ownerOf(Staff booker, List<StaffCalendar> calendars) {
        if (booker.org() != null) {
            return booker.org();
        }
        return calendars.isEmpty() ? Org.USER_ORG : calendars.get(0).org();
    }

    private static boolean bothBodies(List<StaffCalendar> calendars) {
        return calendars.stream().anyMatch(c -> c.org() == Org.REGION) && calendars.stream().anyMatch(c -> c.org() == Org.KOMMUN);
    }

    static AppointmentBooked booked(Appointment a) {
        return new AppointmentBooked(a.id(), a.type().name(), a.clientId(), a.staff(), a.roomId(), a.start(), a.end(),
                a.ownerOrg().name(), a.requestId(), a.seriesId(), a.bookedAt());
    }

    private FirstVisitRequest request(AppointmentType type, BookAppointmentRequest r) {
        if (type != AppointmentType.FIRST_VISIT) {
            throw ProblemException.invalid("requestId", "only a FIRST_VISIT fulfils a first-visit request");
        }
        FirstVisitRequest request = requests.lock(r.requestId())
                .orElseThrow(() -> ProblemException.invalid("requestId", "unknown first-visit request"));
        if (request.status() != FirstVisitRequest.Status.OPEN) {
            throw ProblemException.conflict("The first-visit request is already booked (appointment "
                    + request.appointmentId() + ").");
        }
        if (!Objects.equals(request.clientId(), r.clientId())) {
            throw ProblemException.invalid("clientId", request.clientId() == null
                    ? "leave it out: the request is for an anonymous contact" : "must be the request's client");
        }
        return request;
    }
}
