package se.huset.housing.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days as housing's pages show them ("ons 6 dec."), with the year when it is not this year ("ons 6 dec. 2023"),
 * so an old item on a worklist never passes for a recent one.
 */
@Singleton
public class PageDates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", SWEDISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", SWEDISH);

    private final Clock clock;

    public PageDates(Clock clock) {
        this.clock = clock;
    }

    public String day(@Nullable LocalDate day) {
        if (day == null) {
            return "";
        }
        return (day.getYear() == LocalDate.now(clock).getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
    }

    public String dayOf(@Nullable Instant at) {
        return at == null ? "" : day(LocalDate.ofInstant(at, zone()));
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
