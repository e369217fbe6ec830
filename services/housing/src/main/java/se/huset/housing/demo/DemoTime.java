package se.huset.housing.demo;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The history's clock: days in Swedish time, ending today. Today's events are pressed into the part of the day
 * already gone, in the order of their times of day, so nothing lies ahead of now and a move-out still comes
 * before the move-in that follows it.
 */
final class DemoTime {


    private final Instant now;
    private final LocalDate today;
    private final Instant startOfToday;

    DemoTime(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        this.startOfToday = today.atStartOfDay(ClinicTime.ZONE).toInstant();
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return now;
    }

    Instant at(LocalDate day, LocalTime time) {
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
