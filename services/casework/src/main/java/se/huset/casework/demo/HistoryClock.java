package se.huset.casework.demo;

import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The clock casework's use cases read while the demo history is carried out: it stands at the moment of the step
 * being taken, so an investigation opens on the day of its förhandsbedömning and a decision is recorded when it
 * was made. Days in Swedish time; today's steps are pressed into the part of the day already gone, in the order of
 * their times of day, so nothing lies ahead of now.
 */
final class HistoryClock extends Clock {

    private final Instant now;
    private final LocalDate today;
    private final Instant startOfToday;
    private volatile Instant at;

    HistoryClock(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        this.startOfToday = ClinicTime.startOf(today);
        this.at = this.now;
    }

    Instant now() {
        return now;
    }

    /** The moment of a step taken on {@code day} at {@code time}. */
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

    void set(Instant instant) {
        if (instant.isAfter(now)) {
            throw new IllegalArgumentException(instant + " lies ahead of now");
        }
        this.at = instant;
    }

    @Override
    public ZoneId getZone() {
        return ClinicTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        return at;
    }
}
