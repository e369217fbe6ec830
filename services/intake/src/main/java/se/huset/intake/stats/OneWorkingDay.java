package se.huset.intake.stats;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;

/**
 * "Triaged within one working day": the deadline is the same time on the next working day (Monday–Friday);
 * a contact that arrives on a weekend has until the end of Monday's next working day, i.e. Tuesday 00:00.
 * Swedish public holidays are not yet counted as non-working days.
 */
public final class OneWorkingDay {

    private final ZoneId zone;

    public OneWorkingDay(ZoneId zone) {
        this.zone = zone;
    }

    public Instant deadline(Instant registered) {
        ZonedDateTime start = registered.atZone(zone);
        if (weekend(start.getDayOfWeek())) {
            LocalDateTime monday = start.toLocalDate().atStartOfDay();
            while (weekend(monday.getDayOfWeek())) {
                monday = monday.plusDays(1);
            }
            start = monday.atZone(zone);
        }
        ZonedDateTime deadline = start.plusDays(1);
        while (weekend(deadline.getDayOfWeek())) {
            deadline = deadline.plusDays(1);
        }
        return deadline.toInstant();
    }

    public boolean met(Instant registered, Instant triaged) {
        return !triaged.isAfter(deadline(registered));
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
