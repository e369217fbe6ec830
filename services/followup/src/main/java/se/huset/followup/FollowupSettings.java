package se.huset.followup;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clinic's time zone: due dates and ages are reckoned in it. */
@Singleton
public class FollowupSettings {

    private final ZoneId zone;
    private final Clock clock;

    public FollowupSettings(@Value("${huset.followup.zone:Europe/Stockholm}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
