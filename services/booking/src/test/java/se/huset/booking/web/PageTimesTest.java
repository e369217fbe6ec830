package se.huset.booking.web;

import org.junit.jupiter.api.Test;
import se.huset.booking.BookingSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates on the pages carry their year when it is not this year's. */
class PageTimesTest {

    private final PageTimes times = new PageTimes(new BookingSettings("Europe/Stockholm", "08:00-17:00", "MONDAY-FRIDAY"),
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("UTC")));

    @Test
    void anEarlierYearIsShownThisYearsAndTodaysAreNot() {
        assertThat(times.day(Instant.parse("2023-12-06T09:00:00Z"))).isEqualTo("ons 6 dec. 2023");
        assertThat(times.dayTime(Instant.parse("2026-12-04T09:30:00Z"))).isEqualTo("fre 4 dec. 10:30");
        assertThat(times.day(Instant.parse("2027-01-05T09:30:00Z"))).isEqualTo("tis 5 jan. 2027");
        assertThat(times.lastDay(Instant.parse("2026-12-04T23:00:00Z"))).as("due by the end of Friday")
                .isEqualTo("fre 4 dec.");
    }
}
