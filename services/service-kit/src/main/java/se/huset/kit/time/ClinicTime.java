package se.huset.kit.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clinic's time. Every day a person acts on (a decision's period, an age, a due day, the waiting list's today)
 * is a day in Sweden, whatever zone the host runs in, so every process has one clock, in this zone.
 */
@Factory
public class ClinicTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** The moment a clinic day starts: where a day stands in a line of moments (a client's timeline). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** One clock for the process, so tests and demo data can reason about time. */
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
