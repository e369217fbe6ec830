package se.huset.followup.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Followup's one way of showing a day to people: weekday, day and month ("ons 6 dec."), with the year when it is not
 * this year ("ons 6 dec. 2023"), in the reader's language and the clinic's zone. Pages get it as {@code dates}.
 */
public final class Dates {

    private final ZoneId zone;
    private final LocalDate today;
    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter otherYear;

    public Dates(ZoneId zone, LocalDate today, Locale locale) {
        this.zone = zone;
        this.today = today;
        this.thisYear = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.otherYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
    }

    public String day(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getYear() == today.getYear() ? thisYear : otherYear).format(date);
    }

    public String day(@Nullable Instant at) {
        return at == null ? "" : day(at.atZone(zone).toLocalDate());
    }

    /** The ISO day, for a {@code <time datetime>} attribute. */
    public String iso(@Nullable Instant at) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }
}
