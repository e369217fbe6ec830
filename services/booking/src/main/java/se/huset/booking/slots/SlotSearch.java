package se.huset.booking.slots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.appointment.NoDoubleBooking;
import se.huset.booking.calendar.FreeSlotFinder;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.room.Room;
import se.huset.booking.room.RoomRepository;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Free slots of a staff member, a room or a whole unit, by {@link FreeSlotFinder} over what the database holds. */
@Singleton
public class SlotSearch {

    public static final int MAX_SLOTS = 200;
    private static final Duration MAX_WINDOW = Duration.ofDays(31);

    private final StaffCalendarRepository calendars;
    private final RoomRepository rooms;
    private final AppointmentRepository appointments;
    private final BookingSettings settings;

    public SlotSearch(StaffCalendarRepository calendars, RoomRepository rooms, AppointmentRepository appointments,
                      BookingSettings settings) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.appointments = appointments;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<FreeSlot> find(@Nullable String staff, @Nullable UUID room, @Nullable String unit, String from,
                               String to, int minutes) {
        long given = Stream.of(staff, room, unit).filter(x -> x != null && !x.toString().isBlank()).count();
        if (given != 1) {
            throw ProblemException.invalid("staff", "give exactly one of staff, room or unit");
        }
        if (minutes < 5 || minutes > 480) {
            throw ProblemException.invalid("minutes", "must be between 5 and 480");
        }
        TimeRange window = TimeRange.of("from", from, "to", to);
        if (window.length().compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.invalid("to", "must be at most 31 days after from");
        }
        Duration length = Duration.ofMinutes(minutes);
        if (staff != null) {
            StaffCalendar calendar = calendars.find(staff)
                    .orElseThrow(() -> ProblemException.invalid("staff", "unknown staff member " + staff));
            return forStaff(calendar, window, length);
        }
        if (room != null) {
            Room r = rooms.find(room).filter(Room::active)
                    .orElseThrow(() -> ProblemException.invalid("room", "unknown room"));
            return finder().find(settings.openingWeek(),
                            appointments.held(NoDoubleBooking.Kind.ROOM, r.id().toString(), window), window, length,
                            MAX_SLOTS).stream()
                    .map(t -> new FreeSlot(t.start(), t.end(), null, r.id())).toList();
        }
        // staff marked as working the reception desk are not offered for visits
        List<StaffCalendar> team = calendars.byOrgOrUnit(unit).stream().filter(c -> !c.reception()).toList();
        if (team.isEmpty()) {
            throw ProblemException.invalid("unit", "no staff calendar belongs to " + unit);
        }
        List<FreeSlot> all = new ArrayList<>();
        team.forEach(c -> all.addAll(forStaff(c, window, length)));
        return all.stream().sorted(Comparator.comparing(FreeSlot::start).thenComparing(FreeSlot::staff))
                .limit(MAX_SLOTS).toList();
    }

    private List<FreeSlot> forStaff(StaffCalendar calendar, TimeRange window, Duration length) {
        List<TimeRange> busy = new ArrayList<>(calendars.absences(calendar.username(), window));
        busy.addAll(appointments.held(NoDoubleBooking.Kind.STAFF, calendar.username(), window));
        return finder().find(calendar.week(), busy, window, length, MAX_SLOTS).stream()
                .map(t -> new FreeSlot(t.start(), t.end(), calendar.username(), null)).toList();
    }

    private FreeSlotFinder finder() {
        return new FreeSlotFinder(ClinicTime.ZONE);
    }
}
