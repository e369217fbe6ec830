package se.huset.booking.demo;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.BookingAppointment;
import se.huset.booking.appointment.ChangingAppointment;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.request.RequestRepository;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.room.PresenceHours;
import se.huset.booking.room.Room;
import se.huset.booking.room.RoomRepository;
import se.huset.booking.series.SchedulingSeries;
import se.huset.booking.series.SeriesInput;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.security.Staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * HUSET's rooms, calendars for the demo staff, the user organisations' reception hours, a fortnight of
 * appointments around the current week with a weekly group from this Monday, and the first visits of the requests
 * intake's history triaged ({@link FirstVisitHistory}). Everything is anchored on the service clock's today. Ids
 * are derived from fixed names, so a second run finds everything in place and changes nothing; calendars an
 * administrator has edited are left as they are.
 */
@Singleton
public class BookingDemoData implements DemoDataLoader {

    private static final Staff LOADER = new Staff("demo-data", Set.of(Roles.SERVICE), null, null);

    private final RoomRepository rooms;
    private final StaffCalendarRepository calendars;
    private final AppointmentRepository appointments;
    private final BookingAppointment booking;
    private final ChangingAppointment changing;
    private final SchedulingSeries series;
    private final BookingSettings settings;
    private final FirstVisitHistory history;
    private final RequestRepository requests;
    private final Duration feedWait;
    private final Clock clock;

    public BookingDemoData(RoomRepository rooms, StaffCalendarRepository calendars, AppointmentRepository appointments,
                           BookingAppointment booking, ChangingAppointment changing, SchedulingSeries series,
                           BookingSettings settings, FirstVisitHistory history, RequestRepository requests,
                           @Value("${huset.booking.demo.feed-wait:30s}") Duration feedWait, Clock clock) {
        this.history = history;
        this.requests = requests;
        this.feedWait = feedWait;
        this.rooms = rooms;
        this.calendars = calendars;
        this.appointments = appointments;
        this.booking = booking;
        this.changing = changing;
        this.series = series;
        this.settings = settings;
        this.clock = clock;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("huset-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    @Transactional
    public void loadOnce() {
        room("Samtalsrum 1", 3);
        room("Samtalsrum 2", 3);
        room("Samtalsrum 3", 4);
        room("Grupprummet", 12);
        room("Konferensrummet", 10);
        room("Receptionens hörna", 4);
        staff("therapist.region", "Tove Terapeut", Org.REGION, "Beroendeenheten", false, "08:00", "16:30");
        staff("therapist.kommun", "Tor Terapeut", Org.KOMMUN, "Nexus", false, "08:00", "16:30");
        staff("socialworker.kommun", "Sara Socialsekreterare", Org.KOMMUN, "Team Vuxen", false, "08:00", "16:00");
        staff("reception.region", "Rebecka Region", Org.REGION, "Beroendeenheten", true, "08:00", "16:30");
        staff("reception.kommun", "Kim Kommun", Org.KOMMUN, "Team Vuxen", true, "08:00", "16:00");
        staff("housing.kommun", "Hampus Boende", Org.KOMMUN, "Skogsgläntan", false, "08:00", "16:00");
        rooms.addPresence(new PresenceHours(id("presence:RFHL:TUESDAY"), "RFHL", "TUESDAY", "13:00", "16:00"));
        rooms.addPresence(new PresenceHours(id("presence:RFHL:THURSDAY"), "RFHL", "THURSDAY", "13:00", "16:00"));
        rooms.addPresence(new PresenceHours(id("presence:Anonyma Alkoholister:WEDNESDAY"), "Anonyma Alkoholister",
                "WEDNESDAY", "10:00", "12:00"));
        if (appointments.find(id("appointment:1")).isEmpty()) {
            appointments();
        }
        awaitTriagedContacts();
        history.workThrough(LOADER, clock.instant());
    }

    /**
     * The first-visit requests come from intake's feed, read by the running booking service ({@code ./huset up}
     * loads demo data once every process is up, intake's first): wait, up to {@code huset.booking.demo.feed-wait},
     * until their number stops growing, so the history is worked through whole.
     */
    private void awaitTriagedContacts() {
        Instant deadline = Instant.now().plus(feedWait);
        long seen = -1;
        int stable = 0;
        while (Instant.now().isBefore(deadline)) {
            long now = requests.count();
            stable = now == seen && now > 0 ? stable + 1 : 0;
            if (stable >= 3) {
                return;
            }
            seen = now;
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void room(String name, int capacity) {
        rooms.insert(new Room(id("room:" + name), name, capacity, true));
    }

    private void staff(String username, String name, Org org, String unit, boolean reception, String from, String to) {
        if (calendars.find(username).isPresent()) {
            return;
        }
        calendars.upsert(new StaffCalendar(username, name, org, unit, reception, Stream.of(DayOfWeek.values())
                .filter(d -> d.getValue() <= 5).map(d -> new StaffCalendar.Hours(d.name(), from, to)).toList()));
    }

    /** Last week's appointments with their outcomes, this and next week's as booked, and an eight-week group. */
    private void appointments() {
        LocalDate monday = LocalDate.now(clock.withZone(settings.zone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = monday.minusWeeks(1);
        book(1, AppointmentType.INDIVIDUAL, 1, List.of("therapist.region"), "Samtalsrum 1", last.plusDays(1), "10:00", "11:00", Org.REGION);
        book(2, AppointmentType.FOLLOW_UP, 2, List.of("therapist.kommun"), "Samtalsrum 2", last.plusDays(2), "09:00", "09:45", Org.KOMMUN);
        book(3, AppointmentType.INDIVIDUAL, 3, List.of("socialworker.kommun"), null, last.plusDays(3), "13:00", "14:00", Org.KOMMUN);
        book(4, AppointmentType.SIP_MEETING, 4, List.of("therapist.region", "socialworker.kommun"), "Konferensrummet",
                last.plusDays(4), "10:00", "11:30", Org.REGION);
        book(5, AppointmentType.INDIVIDUAL, 1, List.of("therapist.region"), "Samtalsrum 1", monday.plusDays(1), "10:00", "11:00", Org.REGION);
        book(6, AppointmentType.SIP_MEETING, 2, List.of("therapist.kommun", "therapist.region"), "Konferensrummet",
                monday.plusDays(3), "13:00", "14:30", Org.KOMMUN);
        book(7, AppointmentType.FOLLOW_UP, 5, List.of("socialworker.kommun"), "Samtalsrum 3", monday.plusDays(2), "09:00", "10:00", Org.KOMMUN);
        book(8, AppointmentType.INDIVIDUAL, 6, List.of("therapist.kommun"), "Samtalsrum 2", monday.plusWeeks(1).plusDays(1), "11:00", "12:00", Org.KOMMUN);
        book(9, AppointmentType.USER_ORG_PRESENCE, 0, List.of(), "Receptionens hörna", monday.plusDays(1), "13:00", "16:00", Org.USER_ORG);
        Instant now = clock.instant();
        for (int n = 1; n <= 4; n++) {
            UUID done = id("appointment:" + n);
            if (now.isAfter(appointments.find(done).orElseThrow().end())) {
                if (n == 3) {
                    changing.noShow(LOADER, done);
                } else {
                    changing.attended(LOADER, done);
                }
            }
        }
        series.schedule(LOADER, new SeriesInput("Återfallsprevention", id("room:Grupprummet"), 10,
                List.of("therapist.region", "therapist.kommun"), at(monday, "14:00").toString(), at(monday, "15:30").toString(), 8));
    }

    private void book(int n, AppointmentType type, int client, List<String> staff, String room, LocalDate day,
                      String from, String to, Org owner) {
        booking.place(LOADER, new Appointment(id("appointment:" + n), type, AppointmentStatus.BOOKED,
                client == 0 ? null : id("client:" + client), staff, room == null ? null : id("room:" + room),
                at(day, from), at(day, to), owner, LOADER.username(),
                clock.instant(), null, null, null, null));
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(settings.zone()).toInstant();
    }
}
