package se.huset.kit.demo;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * A demo history's days, in Swedish time, ending today. Today's events are pressed into the part of the day already
 * gone, in the order of their times of day, so nothing lies ahead of now and a move-out still comes before the
 * move-in that follows it (housing), an assessment before the decision it leads to (casework).
 */
public final class DemoTime {


    private final Instant now;
    private final LocalDate today;
    private final Instant startOfToday;

    public DemoTime(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        this.startOfToday = ClinicTime.startOf(today);
    }

    public LocalDate today() {
        return today;
    }

    public Instant now() {
        return now;
    }

    /** The moment of an event on {@code day} at {@code time}. */
    public Instant at(LocalDate day, LocalTime time) {
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(day + " lies ahead of today");
        }
        if (day.isBefore(today)) {
            return day.atTime(time).atZone(ClinicTime.ZONE).toInstant().truncatedTo(ChronoUnit.MICROS);
        }
        double shareOfDay = time.toNanoOfDay() / (double) Duration.ofDays(1).toNanos();
        long gone = Duration.between(startOfToday, now).toNanos();
        return startOfToday.plusNanos((long) (shareOfDay * gone)).truncatedTo(ChronoUnit.MICROS);
    }
}
