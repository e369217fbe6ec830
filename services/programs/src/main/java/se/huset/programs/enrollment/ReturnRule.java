package se.huset.programs.enrollment;

import java.time.LocalDate;
import java.util.Collection;

/** A new enrollment in a programme within 12 months of the end of an earlier one in it counts as a return. */
public final class ReturnRule {

    public static final int WINDOW_MONTHS = 12;

    public boolean isReturn(Collection<LocalDate> earlierEndings, LocalDate enrolledOn) {
        LocalDate windowStart = enrolledOn.minusMonths(WINDOW_MONTHS);
        return earlierEndings.stream().anyMatch(end -> !end.isBefore(windowStart) && !end.isAfter(enrolledOn));
    }
}
