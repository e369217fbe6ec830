package se.huset.intake.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and waiting times as pages show them, in the clinic's time zone whatever the server's. */
public final class Formats {

    static final ZoneId CLINIC = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CLINIC);
    static final Formats INSTANCE = new Formats();

    private Formats() {
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A waiting clock as staff say it: "45 min", "2 h 15 min", "3 d 4 h". */
    public String waited(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + mins + " min";
        }
        return mins + " min";
    }
}
