package se.huset.programs;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.ZoneId;

/** The clinic's time zone: "today", session days and ages are reckoned in it. */
@Singleton
public class ProgramsSettings {

    private final ZoneId zone;

    public ProgramsSettings(@Value("${huset.programs.zone:Europe/Stockholm}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
