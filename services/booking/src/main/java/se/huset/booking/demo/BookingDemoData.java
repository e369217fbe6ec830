package se.huset.booking.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.BookingAppointment;
import se.huset.booking.appointment.ChangingAppointment;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.request.IntakeEvents;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.room.PresenceHours;
import se.huset.booking.room.Room;
import se.huset.booking.room.PresenceRepository;
import se.huset.booking.room.RoomRepository;
import se.huset.booking.series.SchedulingSeries;
import se.huset.booking.series.SeriesInput;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoClients;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoFeeds;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * HUSET's rooms and staff calendars ({@link DemoRoster}: the demo accounts, at county scale more clinicians and
 * rooms), the user organisations' reception hours, a fortnight of appointments for intake's clients around the
 * current week with a weekly group from this Monday, and the care history of the requests intake's history
 * triaged ({@link FirstVisitHistory}). Everything is anchored on the service clock's today. Ids are derived from
 * fixed names, so a second run finds everything in place and changes nothing; calendars an administrator has
 * edited are left as they are.
 */
@Singleton
public class BookingDemoData implements DemoDataLoader {

    static final Staff LOADER = Staff.inProcess("demo-data");

    private final RoomRepository rooms;
    private final PresenceRepository presence;
    private final StaffCalendarRepository calendars;
    private final AppointmentRepository appointments;
    private final BookingAppointment booking;
    private final ChangingAppointment changing;
    private final SchedulingSeries series;
    private final BookingSettings settings;
    private final FirstVisitHistory history;
    private final DemoFeeds feeds;
    private final DemoClients clients;
    private final DemoRoster roster;
    private final Clock clock;

    public BookingDemoData(RoomRepository rooms, PresenceRepository presence, StaffCalendarRepository calendars,
                           AppointmentRepository appointments, BookingAppointment booking,
                           ChangingAppointment changing, SchedulingSeries series,
                           BookingSettings settings, FirstVisitHistory history, DemoFeeds feeds,
                           DemoClients clients, DemoScale scale, Clock clock) {
        this.history = history;
        this.feeds = feeds;
        this.clients = clients;
        this.roster = DemoRoster.of(scale);
        this.rooms = rooms;
        this.presence = presence;
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
        roster.rooms().forEach(r -> rooms.insert(new Room(id("room:" + r.name()), r.name(), r.capacity(), true)));
        roster.staff().forEach(this::staff);
        presence.add(new PresenceHours(id("presence:RFHL:TUESDAY"), "RFHL", "TUESDAY", "13:00", "16:00"));
        presence.add(new PresenceHours(id("presence:RFHL:THURSDAY"), "RFHL", "THURSDAY", "13:00", "16:00"));
        presence.add(new PresenceHours(id("presence:Anonyma Alkoholister:WEDNESDAY"), "Anonyma Alkoholister",
                "WEDNESDAY", "10:00", "12:00"));
        if (appointments.find(id("appointment:1")).isEmpty()) {
            appointments(clients.all());
        }
        // the requests come from intake's feed, read by the running booking ({@code ./huset up} loads demo data
        // once every process is up, intake's first): the history is worked through once that reader has caught up
        feeds.awaitCaughtUp(IntakeEvents.CURSOR);
        history.workThrough(clock.instant());
    }

    /** A calendar already there is left as it is (an administrator may have edited it). */
    private void staff(DemoRoster.Member m) {
        if (calendars.find(m.username()).isPresent()) {
            return;
        }
        calendars.upsert(new StaffCalendar(m.username(), m.name(), m.org(), m.unit(), m.reception(),
                Stream.of(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                        .map(d -> new StaffCalendar.Hours(d.name(), "08:00", m.until())).toList()));
    }

    /**
     * Last week's appointments with their outcomes, this and next week's as booked, and an eight-week group; the
     * clients are the first of intake's (client n is the n-th).
     */
    private void appointments(List<ClientFact> clients) {
        if (clients.isEmpty()) {
            throw new IllegalStateException("intake's clients have not reached booking's replica: load intake's demo data first");
        }
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = monday.minusWeeks(1);
        book(1, AppointmentType.INDIVIDUAL, client(clients, 1), List.of("therapist.region"), "Samtalsrum 1", last.plusDays(1), "10:00", "11:00", Org.REGION);
        book(2, AppointmentType.FOLLOW_UP, client(clients, 2), List.of("therapist.kommun"), "Samtalsrum 2", last.plusDays(2), "09:00", "09:45", Org.KOMMUN);
        book(3, AppointmentType.INDIVIDUAL, client(clients, 3), List.of("socialworker.kommun"), null, last.plusDays(3), "13:00", "14:00", Org.KOMMUN);
        book(4, AppointmentType.SIP_MEETING, client(clients, 4), List.of("therapist.region", "socialworker.kommun"), "Konferensrummet",
                last.plusDays(4), "10:00", "11:30", Org.REGION);
        book(5, AppointmentType.INDIVIDUAL, client(clients, 1), List.of("therapist.region"), "Samtalsrum 1", monday.plusDays(1), "10:00", "11:00", Org.REGION);
        book(6, AppointmentType.SIP_MEETING, client(clients, 2), List.of("therapist.kommun", "therapist.region"), "Konferensrummet",
                monday.plusDays(3), "13:00", "14:30", Org.KOMMUN);
        book(7, AppointmentType.FOLLOW_UP, client(clients, 5), List.of("socialworker.kommun"), "Samtalsrum 3", monday.plusDays(2), "09:00", "10:00", Org.KOMMUN);
        book(8, AppointmentType.INDIVIDUAL, client(clients, 6), List.of("therapist.kommun"), "Samtalsrum 2", monday.plusWeeks(1).plusDays(1), "11:00", "12:00", Org.KOMMUN);
        book(9, AppointmentType.USER_ORG_PRESENCE, null, List.of(), "Receptionens hörna", monday.plusDays(1), "13:00", "16:00", Org.USER_ORG);
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

    private static UUID client(List<ClientFact> clients, int n) {
        return clients.get((n - 1) % clients.size()).clientId();
    }

    private void book(int n, AppointmentType type, UUID client, List<String> staff, String room, LocalDate day,
                      String from, String to, Org owner) {
        booking.place(LOADER, new Appointment(id("appointment:" + n), type, AppointmentStatus.BOOKED,
                client, staff, room == null ? null : id("room:" + room),
                at(day, from), at(day, to), owner, LOADER.username(),
                clock.instant(), null, null, null, null));
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ClinicTime.ZONE).toInstant();
    }
}
