package se.huset.kit.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageDatesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm
    private final Clock newYearsNight = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void aDayOfAnotherYearCarriesItsYearAndOneOfThisYearDoesNot() {
        PageDates dates = PageDates.of(SWEDISH, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        assertThat(dates.day(LocalDate.of(2023, 12, 6))).isEqualTo("ons 6 dec. 2023");
        assertThat(dates.day(LocalDate.of(2026, 12, 9))).isEqualTo("ons 9 dec.");
        assertThat(dates.dayAndTime(Instant.parse("2026-12-04T13:05:00Z"))).isEqualTo("fre 4 dec. 14:05");
    }

    @Test
    void theClinicsDayDecidesNotTheServers() {
        PageDates dates = PageDates.of(SWEDISH, newYearsNight);
        assertThat(dates.isToday(Instant.parse("2026-12-31T23:45:00Z"))).isTrue();
        assertThat(dates.day(LocalDate.of(2026, 12, 31))).isEqualTo("tors 31 dec. 2026");
        assertThat(dates.iso(Instant.parse("2026-12-31T23:45:00Z"))).isEqualTo("2027-01-01");
    }

    @Test
    void aLaterYearCarriesItsYearToo() {
        PageDates dates = PageDates.of(SWEDISH, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        assertThat(dates.day(Instant.parse("2027-01-05T09:30:00Z"))).isEqualTo("tis 5 jan. 2027");
        assertThat(dates.time(Instant.parse("2026-12-04T09:30:00Z"))).isEqualTo("10:30");
    }

    @Test
    void aDeadlineAtMidnightIsMetOnTheDayBefore() {
        PageDates dates = PageDates.of(SWEDISH, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        // 23:00 UTC is midnight opening Saturday 5 December in Stockholm
        assertThat(dates.lastDayBefore(Instant.parse("2026-12-04T23:00:00Z"))).isEqualTo("fre 4 dec.");
        assertThat(dates.lastDayBefore(null)).isEmpty();
    }

    @Test
    void anEnglishReaderReadsEnglish() {
        PageDates dates = PageDates.of(Locale.ENGLISH, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        assertThat(dates.day(LocalDate.of(2023, 12, 6))).isEqualTo("Wed 6 Dec 2023");
    }
}
