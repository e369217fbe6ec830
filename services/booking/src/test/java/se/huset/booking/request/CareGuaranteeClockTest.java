package se.huset.booking.request;

import org.junit.jupiter.api.Test;
import se.huset.contracts.intake.Urgency;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CareGuaranteeClockTest {

    final CareGuaranteeClock clock = new CareGuaranteeClock(ClinicTime.ZONE, 14);
    final Instant triaged = ZonedDateTime.of(2026, 11, 23, 15, 30, 0, 0, ClinicTime.ZONE).toInstant();

    static Instant midnightAfter(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, ClinicTime.ZONE).plusDays(1).toInstant();
    }

    @Test
    void acuteIsDueTheSameDay() {
        assertThat(clock.dueAt(Urgency.ACUTE, triaged)).isEqualTo(midnightAfter(2026, 11, 23));
    }

    @Test
    void soonWithinThreeDays() {
        assertThat(clock.dueAt(Urgency.SOON, triaged)).isEqualTo(midnightAfter(2026, 11, 26));
    }

    @Test
    void plannedWithinTheConfiguredDays() {
        assertThat(clock.dueAt(Urgency.PLANNED, triaged)).isEqualTo(midnightAfter(2026, 12, 7));
        assertThat(new CareGuaranteeClock(ClinicTime.ZONE, 30).dueAt(Urgency.PLANNED, triaged)).isEqualTo(midnightAfter(2026, 12, 23));
    }

    @Test
    void aVisitBeforeTheDeadlineKeepsTheGuarantee() {
        Instant due = clock.dueAt(Urgency.ACUTE, triaged);
        assertThat(CareGuaranteeClock.kept(due.minusSeconds(1), due)).isTrue();
        assertThat(CareGuaranteeClock.kept(due, due)).isFalse();
    }

    @Test
    void lateEveningTriageInLocalTimeCountsThatDay() {
        Instant lateUtcNextDay = ZonedDateTime.of(2026, 11, 23, 23, 30, 0, 0, ClinicTime.ZONE).toInstant();
        assertThat(clock.dueAt(Urgency.ACUTE, lateUtcNextDay)).isEqualTo(midnightAfter(2026, 11, 23));
    }
}
