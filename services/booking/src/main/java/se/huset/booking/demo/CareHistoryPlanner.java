package se.huset.booking.demo;

import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.NoDoubleBooking;
import se.huset.booking.request.CloseReason;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.contracts.security.Org;
import se.huset.kit.demo.DemoScale;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Plans the care history of the open first-visit requests as a reception and its clinicians would have worked
 * through them, in memory, so the rules can be checked without a database and the rows written in bulk.
 * <ul>
 * <li>Older than two weeks: 95 % got their first visit (the first free hour of a clinician of the request's body
 * from the working day after triage, ACUTE the same day), the rest were closed with a reason. Of the last two
 * weeks' a share is still open (a county's larger team leaves a smaller share); today's wait.</li>
 * <li>A first visit that was attended starts, for two clients in five, a course of 3 to 12 visits with the same
 * clinician every week or fortnight: individual treatment, a SIP meeting with the other body as the third visit of
 * a longer course, a follow-up as the last. Visits are booked up to four weeks ahead.</li>
 * <li>Outcomes of what has ended: first visits 90 % attended, 10 % no-show; course visits 80 % attended,
 * 10 % no-show, 5 % cancelled by the client and 5 % by the clinic.</li>
 * </ul>
 * No staff member, room or client is ever held twice in the same hour ({@link NoDoubleBooking}'s rule), counting
 * what {@code held} already holds. Every choice is drawn from the request's ids, so the same day gives the same
 * history.
 */
final class CareHistoryPlanner {

    static final int FIRST_HOUR = 8;
    static final int HOURS = 8;
    private static final CloseReason[] REASONS = CloseReason.values();
    private static final int COURSE_PERCENT = 40;
    private static final int HORIZON_DAYS = 28;
    /** How far past the wanted day a course visit may slip before it is left out. */
    private static final int SEARCH_DAYS = 10;

    private final ZoneId zone;
    private final Map<Org, List<String>> clinicians;
    private final List<UUID> talkRooms;
    private final List<UUID> meetingRooms;
    private final int openPercent;
    private final String loader;

    CareHistoryPlanner(ZoneId zone, DemoRoster roster, int openPercent, String loader) {
        this.zone = zone;
        this.clinicians = Map.of(Org.REGION, roster.clinicians(Org.REGION), Org.KOMMUN, roster.clinicians(Org.KOMMUN));
        this.talkRooms = roster.talkRooms().stream().map(n -> BookingDemoData.id("room:" + n)).toList();
        this.meetingRooms = Stream.concat(Stream.of(BookingDemoData.id("room:" + DemoRoster.CONFERENCE_ROOM)),
                talkRooms.stream()).toList();
        this.openPercent = openPercent;
        this.loader = loader;
    }

    static CareHistoryPlanner of(DemoScale scale, ZoneId zone, String loader) {
        return new CareHistoryPlanner(zone, DemoRoster.of(scale), scale == DemoScale.DEMO ? 35 : 8, loader);
    }

    /** A resource held in the hour starting at {@code hour}, as {@code held} keys it. */
    static String key(NoDoubleBooking.Kind kind, Object resource, Instant hour) {
        return kind + ":" + resource + "@" + hour.getEpochSecond();
    }

    /**
     * Plans the history of {@code open} (oldest triage first) at {@code now}; {@code held} holds what is already
     * booked, keyed by {@link #key}, and is added to.
     */
    CareHistory plan(List<FirstVisitRequest> open, Instant now, Set<String> held) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant todayStarts = today.atStartOfDay(zone).toInstant();
        Instant twoWeeksAgo = today.minusDays(14).atStartOfDay(zone).toInstant();
        List<CareHistory.Planned> firstVisits = new ArrayList<>();
        List<CareHistory.Closing> closings = new ArrayList<>();
        for (FirstVisitRequest r : open) {
            if (!r.triagedAt().isBefore(todayStarts)) {
                continue;
            }
            int draw = Math.floorMod(r.contactId().hashCode(), 100);
            boolean old = r.triagedAt().isBefore(twoWeeksAgo);
            if (old && draw < 5) {
                closings.add(new CareHistory.Closing(r.id(), REASONS[draw % REASONS.length], r.dueAt()));
            } else if (old || draw < 100 - openPercent) {
                firstVisit(r, draw, held, now).ifPresent(firstVisits::add);
            }
        }
        List<CareHistory.Planned> appointments = new ArrayList<>(firstVisits);
        Set<UUID> inCourse = new HashSet<>();
        for (CareHistory.Planned visit : firstVisits) {
            Appointment a = visit.appointment();
            if (a.status() == AppointmentStatus.ATTENDED && a.clientId() != null && inCourse.add(a.clientId())) {
                course(a, held, now, today.plusDays(HORIZON_DAYS), appointments);
            }
        }
        return new CareHistory(appointments, closings);
    }

    /** The first free hour from the working day after triage (ACUTE: the same day), for a clinician of its body. */
    private Optional<CareHistory.Planned> firstVisit(FirstVisitRequest r, int draw, Set<String> held, Instant now) {
        List<String> staff = clinicians.get(r.unitOrg());
        LocalDate day = r.triagedAt().atZone(zone).toLocalDate();
        if (!"ACUTE".equals(r.urgency()) || r.triagedAt().atZone(zone).getHour() >= FIRST_HOUR + HOURS - 1) {
            day = day.plusDays(1 + draw % 2);
        }
        for (int step = 0; step < 30 * HOURS * staff.size(); step++) {
            LocalDate d = day.plusDays(step / (HOURS * staff.size()));
            if (weekend(d)) {
                continue;
            }
            String who = staff.get((draw + step / HOURS) % staff.size());
            Instant start = at(d, FIRST_HOUR + (draw + step) % HOURS);
            List<String> holds = holds(start, List.of(who), null, r.clientId());
            if (!start.isAfter(r.triagedAt()) || !free(held, holds)) {
                continue;
            }
            held.addAll(holds);
            Appointment a = new Appointment(BookingDemoData.id("first-visit:" + r.contactId()),
                    AppointmentType.FIRST_VISIT, AppointmentStatus.BOOKED, r.clientId(), List.of(who), null, start,
                    start.plus(Duration.ofHours(1)), r.unitOrg(), loader, r.triagedAt().plus(Duration.ofMinutes(20)),
                    r.id(), null, null, null);
            if (!a.end().isBefore(now)) {
                return Optional.of(new CareHistory.Planned(a, null));
            }
            return Optional.of(new CareHistory.Planned(
                    with(a, draw % 10 == 9 ? AppointmentStatus.NO_SHOW : AppointmentStatus.ATTENDED), a.end()));
        }
        return Optional.empty();
    }

    /** The treatment course after an attended first visit, with its clinician, up to the booking horizon. */
    private void course(Appointment firstVisit, Set<String> held, Instant now, LocalDate horizon,
                        List<CareHistory.Planned> out) {
        int draw = Math.floorMod(BookingDemoData.id("course:" + firstVisit.requestId()).hashCode(), 100);
        if (draw >= COURSE_PERCENT) {
            return;
        }
        int visits = 3 + draw % 10;
        LocalDate wanted = firstVisit.start().atZone(zone).toLocalDate();
        Instant bookedAt = firstVisit.end();
        for (int v = 0; v < visits; v++) {
            wanted = wanted.plusDays(7L * (1 + (draw + v) % 2));
            if (wanted.isAfter(horizon)) {
                return;
            }
            AppointmentType type = v == visits - 1 ? AppointmentType.FOLLOW_UP
                    : v == 2 && visits >= 6 ? AppointmentType.SIP_MEETING : AppointmentType.INDIVIDUAL;
            UUID id = BookingDemoData.id("course:" + firstVisit.requestId() + ":" + v);
            Optional<Appointment> visit = visit(id, type, firstVisit, wanted, draw + v, bookedAt, held);
            if (visit.isEmpty()) {
                continue;
            }
            Appointment a = visit.get();
            out.add(outcome(a, now));
            wanted = a.start().atZone(zone).toLocalDate();
            bookedAt = a.end();
        }
    }

    /** The first hour from {@code wanted} when the clinician (else a colleague), the client and a room are free. */
    private Optional<Appointment> visit(UUID id, AppointmentType type, Appointment firstVisit, LocalDate wanted,
                                        int seed, Instant bookedAt, Set<String> held) {
        Org org = firstVisit.ownerOrg();
        String clinician = firstVisit.staff().get(0);
        List<String> own = Stream.concat(Stream.of(clinician),
                clinicians.get(org).stream().filter(s -> !s.equals(clinician))).toList();
        boolean sip = type == AppointmentType.SIP_MEETING;
        List<UUID> rooms = sip ? meetingRooms : talkRooms;
        for (int offset = 0; offset < SEARCH_DAYS; offset++) {
            LocalDate d = wanted.plusDays(offset);
            if (weekend(d)) {
                continue;
            }
            for (int h = 0; h < HOURS; h++) {
                Instant start = at(d, FIRST_HOUR + (seed + h) % HOURS);
                if (held.contains(key(NoDoubleBooking.Kind.CLIENT, firstVisit.clientId(), start))) {
                    continue;
                }
                Optional<String> who = firstFree(held, NoDoubleBooking.Kind.STAFF, own, start);
                Optional<String> other = who.isEmpty() || !sip ? Optional.of("")
                        : firstFree(held, NoDoubleBooking.Kind.STAFF, clinicians.get(other(org)), start);
                Optional<UUID> room = who.isEmpty() || other.isEmpty() ? Optional.empty()
                        : firstFree(held, NoDoubleBooking.Kind.ROOM, rooms, start);
                if (room.isEmpty()) {
                    continue;
                }
                List<String> staff = sip ? List.of(who.get(), other.get()) : List.of(who.get());
                held.addAll(holds(start, staff, room.get(), firstVisit.clientId()));
                return Optional.of(new Appointment(id, type, AppointmentStatus.BOOKED, firstVisit.clientId(), staff,
                        room.get(), start, start.plus(Duration.ofHours(1)), org, loader, bookedAt, null, null, null,
                        null));
            }
        }
        return Optional.empty();
    }

    private CareHistory.Planned outcome(Appointment a, Instant now) {
        if (!a.end().isBefore(now)) {
            return new CareHistory.Planned(a, null);
        }
        int draw = Math.floorMod(a.id().hashCode(), 100);
        if (draw < 80) {
            return new CareHistory.Planned(with(a, AppointmentStatus.ATTENDED), a.end());
        }
        if (draw < 90) {
            return new CareHistory.Planned(with(a, AppointmentStatus.NO_SHOW), a.end());
        }
        return draw < 95
                ? new CareHistory.Planned(with(a, AppointmentStatus.CANCELLED_BY_CLIENT), a.start().minus(Duration.ofDays(1)))
                : new CareHistory.Planned(with(a, AppointmentStatus.CANCELLED_BY_CLINIC), a.start().minus(Duration.ofDays(2)));
    }

    private static <T> Optional<T> firstFree(Set<String> held, NoDoubleBooking.Kind kind, List<T> candidates,
                                             Instant start) {
        return candidates.stream().filter(c -> !held.contains(key(kind, c, start))).findFirst();
    }

    private static List<String> holds(Instant start, List<String> staff, UUID room, UUID client) {
        List<String> keys = new ArrayList<>();
        staff.forEach(s -> keys.add(key(NoDoubleBooking.Kind.STAFF, s, start)));
        if (room != null) {
            keys.add(key(NoDoubleBooking.Kind.ROOM, room, start));
        }
        if (client != null) {
            keys.add(key(NoDoubleBooking.Kind.CLIENT, client, start));
        }
        return keys;
    }

    private static boolean free(Set<String> held, List<String> holds) {
        return holds.stream().noneMatch(held::contains);
    }

    private static Appointment with(Appointment a, AppointmentStatus status) {
        return new Appointment(a.id(), a.type(), status, a.clientId(), a.staff(), a.roomId(), a.start(), a.end(),
                a.ownerOrg(), a.bookedBy(), a.bookedAt(), a.requestId(), a.seriesId(), a.occurrence(), a.capacity());
    }

    private static Org other(Org org) {
        return org == Org.REGION ? Org.KOMMUN : Org.REGION;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
