package se.huset.booking.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.BookingAppointment;
import se.huset.booking.appointment.ChangingAppointment;
import se.huset.booking.appointment.NoDoubleBooking;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.request.CloseReason;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.booking.request.RequestRepository;
import se.huset.contracts.security.Org;
import se.huset.kit.security.Staff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The first visits of the demo's history: the requests intake's three years of triage made are worked through as a
 * reception would have. Older than two weeks: 95 % got their first visit (within the guarantee for most, attended or
 * not), the rest closed with a reason; of the last two weeks' about two in three are booked; today's wait. So the
 * waiting list shows a handful overdue and today's acute ones, not years of backlog. Every choice is drawn from the
 * request's contact id (intake's ids are fixed by its seed), so the same day gives the same history.
 */
@Singleton
class FirstVisitHistory {

    private static final Logger LOG = LoggerFactory.getLogger(FirstVisitHistory.class);
    private static final Map<Org, List<String>> STAFF = Map.of(
            Org.REGION, List.of("therapist.region"),
            Org.KOMMUN, List.of("therapist.kommun", "socialworker.kommun"));
    private static final CloseReason[] REASONS = CloseReason.values();
    private static final int FIRST_HOUR = 8;
    private static final int HOURS = 8;

    private final RequestRepository requests;
    private final AppointmentRepository appointments;
    private final BookingAppointment booking;
    private final ChangingAppointment changing;
    private final BookingSettings settings;

    FirstVisitHistory(RequestRepository requests, AppointmentRepository appointments, BookingAppointment booking,
                      ChangingAppointment changing, BookingSettings settings) {
        this.requests = requests;
        this.appointments = appointments;
        this.booking = booking;
        this.changing = changing;
        this.settings = settings;
    }

    void workThrough(Staff loader, Instant now) {
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        Instant todayStarts = today.atStartOfDay(settings.zone()).toInstant();
        Instant twoWeeksAgo = today.minusDays(14).atStartOfDay(settings.zone()).toInstant();
        Set<String> held = held(now);
        int booked = 0;
        int closed = 0;
        for (FirstVisitRequest r : requests.allOpen()) {
            if (!r.triagedAt().isBefore(todayStarts)) {
                continue;
            }
            int draw = Math.floorMod(r.contactId().hashCode(), 100);
            boolean old = r.triagedAt().isBefore(twoWeeksAgo);
            if (old && draw < 5) {
                requests.close(r.id(), REASONS[draw % REASONS.length], null, loader.username(), r.dueAt());
                closed++;
            } else if (old || draw < 65) {
                if (book(loader, r, draw, held, now)) {
                    booked++;
                }
            }
        }
        LOG.info("Demo first visits: {} booked, {} closed without a visit", booked, closed);
    }

    /** The staff hours already taken (this fortnight's demo appointments), so the history never collides with them. */
    private Set<String> held(Instant now) {
        Set<String> taken = new HashSet<>();
        TimeRange window = new TimeRange(now.minus(Duration.ofDays(4 * 365)), now.plus(Duration.ofDays(60)));
        STAFF.values().stream().flatMap(List::stream).forEach(username ->
                appointments.held(NoDoubleBooking.Kind.STAFF, username, window).forEach(t -> {
                    for (Instant h = hour(t.start()); h.isBefore(t.end()); h = h.plus(Duration.ofHours(1))) {
                        taken.add(username + "@" + h);
                    }
                }));
        return taken;
    }

    private Instant hour(Instant t) {
        ZonedDateTime z = t.atZone(settings.zone());
        return z.withMinute(0).withSecond(0).withNano(0).toInstant();
    }

    /** The first free hour from the working day after triage (ACUTE: the same day), for a staff member of its body. */
    private boolean book(Staff loader, FirstVisitRequest r, int draw, Set<String> held, Instant now) {
        List<String> staff = STAFF.get(r.unitOrg());
        LocalDate day = r.triagedAt().atZone(settings.zone()).toLocalDate();
        if (!"ACUTE".equals(r.urgency()) || r.triagedAt().atZone(settings.zone()).getHour() >= FIRST_HOUR + HOURS - 1) {
            day = day.plusDays(1 + draw % 2);
        }
        Set<String> clientHours = new HashSet<>();
        for (int step = 0; step < 30 * HOURS * staff.size(); step++) {
            LocalDate d = day.plusDays(step / (HOURS * staff.size()));
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int hour = FIRST_HOUR + (draw + step) % HOURS;
            String who = staff.get((draw + step / HOURS) % staff.size());
            Instant start = d.atTime(LocalTime.of(hour, 0)).atZone(settings.zone()).toInstant();
            if (!start.isAfter(r.triagedAt()) || held.contains(who + "@" + start)
                    || (r.clientId() != null && held.contains(r.clientId() + "@" + start))) {
                continue;
            }
            held.add(who + "@" + start);
            if (r.clientId() != null) {
                held.add(r.clientId() + "@" + start);
            }
            UUID id = BookingDemoData.id("first-visit:" + r.contactId());
            Instant bookedAt = r.triagedAt().plus(Duration.ofMinutes(20));
            booking.place(loader, new Appointment(id, AppointmentType.FIRST_VISIT, AppointmentStatus.BOOKED,
                    r.clientId(), List.of(who), null, start, start.plus(Duration.ofHours(1)), r.unitOrg(),
                    loader.username(), bookedAt, r.id(), null, null, null));
            requests.fulfil(r.id(), id, bookedAt);
            if (start.plus(Duration.ofHours(1)).isBefore(now)) {
                if (draw % 10 == 9) {
                    changing.noShow(loader, id);
                } else {
                    changing.attended(loader, id);
                }
            }
            return true;
        }
        return false;
    }
}
