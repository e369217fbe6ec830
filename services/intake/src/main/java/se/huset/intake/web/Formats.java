package se.huset.intake.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Intake's one formatter for dates and waiting times on pages, in the clinic's time zone whatever the server's and
 * in the page's language: "ons 6 dec. 14:05" this year, "ons 6 dec. 2023 14:05" in any other, so an old date is
 * never read as a recent one.
 */
public final class Formats {

    static final ZoneId CLINIC = ZoneId.of("Europe/Stockholm");

    private final LocalDate today;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayWithYear;
    private final DateTimeFormatter time;

    private Formats(Locale locale, LocalDate today) {
        this.today = today;
        this.day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.dayWithYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(CLINIC);
    }

    public static Formats of(Locale locale, Clock clock) {
        return new Formats(locale, LocalDate.now(clock.withZone(CLINIC)));
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, CLINIC)) + " " + time.format(at);
    }

    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getYear() == today.getYear() ? day : dayWithYear).format(date);
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
