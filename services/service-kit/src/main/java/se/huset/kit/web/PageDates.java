package se.huset.kit.web;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The suite's one way of showing a day and a time to people: "ons 6 dec." and "ons 6 dec. 14:05" this year,
 * "ons 6 dec. 2023" in any other, so an old item on a worklist never passes for a recent one; in the reader's
 * language and the clinic's time zone whatever the server's. Pages get one per request ({@link #of}).
 */
public final class PageDates {

    private final LocalDate today;
    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter otherYear;
    private final DateTimeFormatter time;

    private PageDates(Locale locale, LocalDate today) {
        this.today = today;
        this.thisYear = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.otherYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public static PageDates of(Locale locale, Clock clock) {
        return new PageDates(locale, LocalDate.now(clock.withZone(ClinicTime.ZONE)));
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "" : (day.getYear() == today.getYear() ? thisYear : otherYear).format(day);
    }

    public String day(@Nullable Instant at) {
        return at == null ? "" : day(LocalDate.ofInstant(at, ClinicTime.ZONE));
    }

    public String dayAndTime(@Nullable Instant at) {
        return at == null ? "" : day(at) + " " + time(at);
    }

    /**
     * The last day a deadline allows when it falls at the start of a day: a care guarantee due at midnight
     * opening 5 December is met on 4 December, so that is the day to show.
     */
    public String lastDayBefore(@Nullable Instant deadline) {
        return deadline == null ? "" : day(deadline.minus(1, ChronoUnit.MICROS));
    }

    public String time(@Nullable Instant at) {
        return at == null ? "" : time.format(at.atZone(ClinicTime.ZONE));
    }

    /** The ISO day, for a {@code <time datetime>} attribute. */
    public String iso(@Nullable Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ClinicTime.ZONE).toString();
    }

    public boolean isToday(@Nullable Instant at) {
        return at != null && LocalDate.ofInstant(at, ClinicTime.ZONE).equals(today);
    }
}
