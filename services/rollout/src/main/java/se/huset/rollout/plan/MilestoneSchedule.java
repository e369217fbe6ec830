package se.huset.rollout.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns the plan's months (counted from the start of year 1) into dates. The plan is stored in months so a
 * later start moves every date with it.
 */
public final class MilestoneSchedule {

    public static final int MONTHS = 36;

    private final LocalDate start;

    public MilestoneSchedule(LocalDate start) {
        this.start = start;
    }

    public LocalDate start() {
        return start;
    }

    /** The first day of month {@code month} (0-based) of the plan. */
    public LocalDate startOf(int month) {
        return start.plusMonths(month);
    }

    /** A milestone due at the end of month {@code month} (1-based count of months) is due the day before the next one starts. */
    public LocalDate dueOn(int month) {
        return start.plusMonths(month).minusDays(1);
    }

    /** The plan's month that holds {@code day}: -1 before the start, {@link #MONTHS} after the end. */
    public int monthOf(LocalDate day) {
        if (day.isBefore(start)) {
            return -1;
        }
        return (int) Math.min(MONTHS, ChronoUnit.MONTHS.between(start, day));
    }

    /** Overdue: past its due date and not done. */
    public boolean overdue(int dueMonth, Status status, LocalDate today) {
        return status != Status.DONE && today.isAfter(dueOn(dueMonth));
    }
}
