package se.huset.booking;

import org.junit.jupiter.api.Test;
import se.huset.booking.calendar.TimeRange;

import se.huset.kit.time.ClinicTime;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rooms are bookable in the opening hours on the opening days: weekdays unless configured otherwise. */
class OpeningDaysTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MONDAY = SUNDAY.plusDays(1);

    @Test
    void weekdaysByDefaultAndEveryDayWhenConfigured() {
        BookingSettings weekdays = new BookingSettings("08:00-17:00", "MONDAY-FRIDAY");
        BookingSettings everyDay = new BookingSettings("08:00-17:00", "MONDAY-SUNDAY");

        assertThat(weekdays.openingWeek().covers(morning(MONDAY), ClinicTime.ZONE)).isTrue();
        assertThat(weekdays.openingWeek().covers(morning(SUNDAY), ClinicTime.ZONE)).isFalse();
        assertThat(everyDay.openingWeek().covers(morning(SUNDAY), ClinicTime.ZONE)).isTrue();
        assertThat(everyDay.openingWeek().covers(new TimeRange(SUNDAY.atTime(16, 30).atZone(ClinicTime.ZONE).toInstant(),
                SUNDAY.atTime(17, 30).atZone(ClinicTime.ZONE).toInstant()), ClinicTime.ZONE)).as("after closing").isFalse();
        assertThat(weekdays.openingInWords()).isEqualTo("08:00–17:00, MONDAY–FRIDAY");
    }

    @Test
    void aRangeRunningBackwardsIsRefusedAtStart() {
        assertThatThrownBy(() -> new BookingSettings("08:00-17:00", "FRIDAY-MONDAY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONDAY-FRIDAY");
    }

    private static TimeRange morning(LocalDate day) {
        return new TimeRange(day.atTime(9, 0).atZone(ClinicTime.ZONE).toInstant(),
                day.atTime(10, 30).atZone(ClinicTime.ZONE).toInstant());
    }
}
