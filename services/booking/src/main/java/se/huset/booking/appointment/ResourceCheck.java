package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.room.Room;
import se.huset.booking.room.RoomRepository;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.time.ClinicTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Before anything is written: every named staff member exists, works then and is not absent; the room exists and
 * the house is open. Each failure is a 400 naming the field, so bad input never reaches the constraint.
 */
@Singleton
public class ResourceCheck {

    private final StaffCalendarRepository calendars;
    private final RoomRepository rooms;
    private final BookingSettings settings;

    public ResourceCheck(StaffCalendarRepository calendars, RoomRepository rooms, BookingSettings settings) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.settings = settings;
    }

    public List<StaffCalendar> staff(String field, List<String> usernames, TimeRange during, String startField) {
        if (new HashSet<>(usernames).size() != usernames.size()) {
            throw ProblemException.invalid(field, "names a staff member twice");
        }
        List<StaffCalendar> found = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            String username = usernames.get(i);
            String at = field + "[" + i + "]";
            if (username == null || username.isBlank()) {
                throw ProblemException.invalid(at, "is required");
            }
            StaffCalendar calendar = calendars.find(username)
                    .orElseThrow(() -> ProblemException.invalid(at, "unknown staff member " + username));
            if (!calendar.week().covers(during, ClinicTime.ZONE)) {
                throw ProblemException.invalid(startField, "outside the working hours of " + username);
            }
            if (!calendars.absences(username, during).isEmpty()) {
                throw ProblemException.invalid(startField, username + " is absent at that time");
            }
            found.add(calendar);
        }
        return found;
    }

    public @Nullable Room room(String field, @Nullable UUID roomId, TimeRange during, String startField) {
        if (roomId == null) {
            return null;
        }
        Room room = rooms.find(roomId).filter(Room::active)
                .orElseThrow(() -> ProblemException.invalid(field, "unknown room"));
        if (!settings.openingWeek().covers(during, ClinicTime.ZONE)) {
            throw ProblemException.invalid(startField, "outside the opening hours (" + settings.openingInWords() + ")");
        }
        return room;
    }
}
