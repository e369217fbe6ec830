package se.huset.booking;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import se.huset.booking.calendar.WorkingWeek;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clinic's opening hours, in the clinic's time ({@code ClinicTime}): working hours and days are reckoned in them. Rooms are bookable
 * in the opening hours on the opening days ({@code huset.booking.opening-days}, a range such as MONDAY-FRIDAY, the
 * default, or MONDAY-SUNDAY where groups also meet at weekends).
 */
@Singleton
public class BookingSettings {

    private final LocalTime opens;
    private final LocalTime closes;
    private final DayOfWeek firstDay;
    private final DayOfWeek lastDay;
    private final WorkingWeek openingWeek;

    public BookingSettings(@Value("${huset.booking.opening-hours:08:00-17:00}") String openingHours,
                           @Value("${huset.booking.opening-days:MONDAY-FRIDAY}") String openingDays) {
        String[] parts = openingHours.split("-");
        this.opens = LocalTime.parse(parts[0].strip());
        this.closes = LocalTime.parse(parts[1].strip());
        String[] days = openingDays.split("-");
        this.firstDay = DayOfWeek.valueOf(days[0].strip().toUpperCase(Locale.ROOT));
        this.lastDay = DayOfWeek.valueOf(days[days.length - 1].strip().toUpperCase(Locale.ROOT));
        if (lastDay.compareTo(firstDay) < 0) {
            throw new IllegalArgumentException("huset.booking.opening-days must run forwards from Monday, e.g. "
                    + "MONDAY-FRIDAY: " + openingDays);
        }
        List<WorkingWeek.Period> periods = new ArrayList<>();
        for (int d = firstDay.getValue(); d <= lastDay.getValue(); d++) {
            periods.add(new WorkingWeek.Period(DayOfWeek.of(d), opens, closes));
        }
        this.openingWeek = new WorkingWeek(periods);
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    /** When rooms are bookable: the opening hours on each opening day. */
    public WorkingWeek openingWeek() {
        return openingWeek;
    }

    /** The opening days and hours in words, for a refusal: "08:00–17:00, MONDAY–FRIDAY". */
    public String openingInWords() {
        return opens + "–" + closes + ", " + firstDay + "–" + lastDay;
    }
}
