package se.huset.booking.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** When a staff member (or a room, by the opening hours and days) is available in an ordinary week, in local time. */
public final class WorkingWeek {

    public record Period(DayOfWeek day, LocalTime starts, LocalTime ends) {
    }

    private final Map<DayOfWeek, List<Period>> byDay = new EnumMap<>(DayOfWeek.class);

    public WorkingWeek(List<Period> periods) {
        for (Period p : periods) {
            byDay.computeIfAbsent(p.day(), d -> new ArrayList<>()).add(p);
        }
        byDay.values().forEach(list -> list.sort(Comparator.comparing(Period::starts)));
    }

    /** The working periods of one local date as instants. */
    public List<TimeRange> on(LocalDate date, ZoneId zone) {
        return byDay.getOrDefault(date.getDayOfWeek(), List.of()).stream()
                .map(p -> new TimeRange(date.atTime(p.starts()).atZone(zone).toInstant(),
                        date.atTime(p.ends()).atZone(zone).toInstant()))
                .toList();
    }

    /** Whether the range lies wholly inside one working period. */
    public boolean covers(TimeRange range, ZoneId zone) {
        LocalDate day = range.start().atZone(zone).toLocalDate();
        return on(day, zone).stream().anyMatch(p -> p.contains(range));
    }
}
