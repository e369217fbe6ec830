package se.huset.rollout.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneScheduleTest {

    private final MilestoneSchedule schedule = new MilestoneSchedule(LocalDate.of(2026, 1, 1));

    @Test
    void datesFollowTheConfiguredStart() {
        assertThat(schedule.dueOn(6)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(schedule.dueOn(36)).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(schedule.startOf(12)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new MilestoneSchedule(LocalDate.of(2027, 3, 1)).dueOn(6)).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void todayFallsInMonthTenOfTheDemoPlan() {
        assertThat(schedule.monthOf(LocalDate.of(2026, 11, 22))).isEqualTo(10);
        assertThat(schedule.monthOf(LocalDate.of(2025, 12, 31))).isEqualTo(-1);
        assertThat(schedule.monthOf(LocalDate.of(2031, 1, 1))).isEqualTo(MilestoneSchedule.MONTHS);
    }

    @Test
    void overdueMeansPastDueAndNotDone() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(schedule.overdue(6, Status.IN_PROGRESS, today)).isTrue();
        assertThat(schedule.overdue(6, Status.DONE, today)).isFalse();
        assertThat(schedule.overdue(12, Status.IN_PROGRESS, today)).isFalse();
    }
}
