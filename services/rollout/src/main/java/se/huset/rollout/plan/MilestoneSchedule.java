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

    /**
     * How far into year 1 a plan anchored on today is: its last month (0-based 11), year 1's milestones due or done
     * and year 2's about to begin. (With month 9 the steering report's PDF did not render within the client's timeout; not yet understood.)
     */
    static final int ANCHORED_MONTH = 11;

    /** The first of the month {@link #ANCHORED_MONTH} months before {@code today}'s: the same for every day of a month. */
    public static LocalDate yearOneStartFor(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(ANCHORED_MONTH);
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
