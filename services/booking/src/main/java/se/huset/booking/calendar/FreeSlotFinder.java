package se.huset.booking.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Free times of a given length inside a window: within the working week, outside absences and existing bookings.
 * Candidate starts are on a fixed grid (every quarter hour from the start of each working period), so offered
 * times are the round times people expect.
 */
public final class FreeSlotFinder {

    public static final Duration GRID = Duration.ofMinutes(15);

    private final ZoneId zone;

    public FreeSlotFinder(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param week        when the resource is available at all
     * @param unavailable absences and bookings, in any order
     * @param window      where to look
     * @param length      the duration wanted
     * @param limit       at most this many slots, earliest first
     */
    public List<TimeRange> find(WorkingWeek week, List<TimeRange> unavailable, TimeRange window, Duration length,
                                int limit) {
        List<TimeRange> busy = unavailable.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        List<TimeRange> free = new ArrayList<>();
        LocalDate last = window.end().atZone(zone).toLocalDate();
        for (LocalDate day = window.start().atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (TimeRange period : week.on(day, zone)) {
                for (Instant t = period.start(); !t.plus(length).isAfter(period.end()); t = t.plus(GRID)) {
                    if (t.isBefore(window.start()) || t.plus(length).isAfter(window.end())) {
                        continue;
                    }
                    TimeRange candidate = new TimeRange(t, t.plus(length));
                    if (busy.stream().noneMatch(candidate::overlaps)) {
                        free.add(candidate);
                        if (free.size() >= limit) {
                            return free;
                        }
                    }
                }
            }
        }
        return free;
    }
}
