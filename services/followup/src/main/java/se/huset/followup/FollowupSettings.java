package se.huset.followup;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** Today, the clinic's day (the clock is in the clinic's zone): due dates and ages are reckoned from it. */
@Singleton
public class FollowupSettings {

    private final Clock clock;

    public FollowupSettings(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
