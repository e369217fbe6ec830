package se.huset.booking.calendar;

import org.junit.jupiter.api.Test;

import se.huset.kit.time.ClinicTime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotFinderTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    final FreeSlotFinder finder = new FreeSlotFinder(ClinicTime.ZONE);
    final WorkingWeek week = new WorkingWeek(List.of(
            new WorkingWeek.Period(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new WorkingWeek.Period(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))));

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ClinicTime.ZONE).toInstant();
    }

    static TimeRange range(LocalDate day, int h1, int m1, int h2, int m2) {
        return new TimeRange(at(day, h1, m1), at(day, h2, m2));
    }

    @Test
    void slotsFallInsideWorkingPeriodsOnTheQuarterHour() {
        List<TimeRange> slots = finder.find(week, List.of(), range(MONDAY, 0, 0, 23, 0), Duration.ofHours(1), 100);
        assertThat(slots).first().isEqualTo(range(MONDAY, 8, 0, 9, 0));
        assertThat(slots).contains(range(MONDAY, 11, 0, 12, 0), range(MONDAY, 13, 0, 14, 0))
                .doesNotContain(range(MONDAY, 11, 15, 12, 15), range(MONDAY, 12, 0, 13, 0));
        assertThat(slots).hasSize(13 + 9);
    }

    @Test
    void bookingsAndAbsencesAreSkipped() {
        List<TimeRange> busy = List.of(range(MONDAY, 9, 0, 10, 0), range(MONDAY, 13, 0, 16, 0));
        List<TimeRange> slots = finder.find(week, busy, range(MONDAY, 0, 0, 23, 0), Duration.ofMinutes(45), 100);
        assertThat(slots).contains(range(MONDAY, 8, 0, 8, 45), range(MONDAY, 8, 15, 9, 0), range(MONDAY, 10, 0, 10, 45))
                .noneMatch(s -> s.overlaps(busy.get(0)) || s.overlaps(busy.get(1)));
    }

    @Test
    void theWindowAndTheLimitBound() {
        assertThat(finder.find(week, List.of(), range(MONDAY, 10, 0, 11, 30), Duration.ofHours(1), 100))
                .containsExactly(range(MONDAY, 10, 0, 11, 0), range(MONDAY, 10, 15, 11, 15), range(MONDAY, 10, 30, 11, 30));
        assertThat(finder.find(week, List.of(), range(MONDAY, 0, 0, 23, 0), Duration.ofHours(1), 2)).hasSize(2);
        assertThat(finder.find(week, List.of(), range(MONDAY.plusDays(1), 0, 0, 23, 0), Duration.ofHours(1), 10))
                .as("no working hours on Tuesday").isEmpty();
    }

    @Test
    void workingWeekCoversOnlyWholePeriods() {
        assertThat(week.covers(range(MONDAY, 11, 0, 12, 0), ClinicTime.ZONE)).isTrue();
        assertThat(week.covers(range(MONDAY, 11, 30, 13, 30), ClinicTime.ZONE)).isFalse();
        assertThat(week.covers(range(MONDAY.plusDays(1), 9, 0, 10, 0), ClinicTime.ZONE)).isFalse();
    }
}
