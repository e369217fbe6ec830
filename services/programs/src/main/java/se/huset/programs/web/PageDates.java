package se.huset.programs.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.programs.ProgramsSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days and times as programs' pages show them ("tis 6 okt. 17:00"), with the year when it is not this year
 * ("tis 6 okt. 2025 17:00"), so last year's session or referral never passes for a recent one.
 */
@Singleton
public class PageDates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", SWEDISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ProgramsSettings settings;
    private final Clock clock;

    public PageDates(ProgramsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String day(@Nullable LocalDate day) {
        if (day == null) {
            return "";
        }
        return (day.getYear() == LocalDate.now(clock.withZone(settings.zone())).getYear() ? DAY : DAY_YEAR).format(day);
    }

    public String dayTime(Instant at) {
        return day(LocalDate.ofInstant(at, settings.zone())) + " " + TIME.format(at.atZone(settings.zone()));
    }
}
