package se.huset.casework.demo;

import se.huset.kit.demo.DemoTime;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock casework's use cases read while the demo history is carried out: it stands at the moment of the step
 * being taken, so an investigation opens on the day of its förhandsbedömning and a decision is recorded when it
 * was made. Days in Swedish time; today's steps are pressed into the part of the day already gone, in the order of
 * their times of day, so nothing lies ahead of now.
 */
final class HistoryClock extends Clock {

    private final DemoTime days;
    private volatile Instant at;

    HistoryClock(Instant now) {
        this.days = new DemoTime(now);
        this.at = days.now();
    }

    Instant now() {
        return days.now();
    }

    /** The moment of a step taken on {@code day} at {@code time}. */
    Instant at(LocalDate day, LocalTime time) {
        return days.at(day, time);
    }

    void set(Instant instant) {
        if (instant.isAfter(days.now())) {
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
