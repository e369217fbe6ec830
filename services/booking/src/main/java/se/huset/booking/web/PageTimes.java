package se.huset.booking.web;

import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times as the pages show them: local to the clinic, in Swedish. A date carries its year when it is not this
 * year's ("ons 6 dec. 2023"); this year's dates, today's among them, go without.
 */
@Singleton
public class PageTimes {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", SWEDISH);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("EEE d MMM y", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingSettings settings;
    private final Clock clock;

    public PageTimes(BookingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String dayTime(Instant t) {
        return day(t) + " " + time(t);
    }

    public String day(Instant t) {
        ZonedDateTime local = t.atZone(settings.zone());
        boolean thisYear = local.getYear() == clock.instant().atZone(settings.zone()).getYear();
        return (thisYear ? DAY : DAY_OF_YEAR).format(local);
    }

    public String time(Instant t) {
        return TIME.format(t.atZone(settings.zone()));
    }

    /** The last day a deadline at local midnight allows (CareGuaranteeClock's due times end their day). */
    public String lastDay(Instant due) {
        return day(due.minus(1, ChronoUnit.MICROS));
    }
}
