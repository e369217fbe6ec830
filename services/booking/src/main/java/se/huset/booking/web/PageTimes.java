package se.huset.booking.web;

import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the pages show them: local to the clinic, in Swedish. */
@Singleton
public class PageTimes {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingSettings settings;

    public PageTimes(BookingSettings settings) {
        this.settings = settings;
    }

    public String dayTime(Instant t) {
        return DAY_TIME.format(t.atZone(settings.zone()));
    }

    public String day(Instant t) {
        return DAY.format(t.atZone(settings.zone()));
    }

    public String time(Instant t) {
        return TIME.format(t.atZone(settings.zone()));
    }
}
