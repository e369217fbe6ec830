package se.huset.followup.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an enrollment's follow-ups fall due: a baseline on the day it starts, one on the day it ends (completed or
 * dropped out alike: those who leave early are the ones follow-up most needs to reach), and one each
 * {@code afterEndMonths} months after the end (default 6 and 12).
 */
public final class FollowUpSchedule {

    public static final String BASELINE = "BASELINE";
    public static final String END = "END";

    private final List<Integer> afterEndMonths;

    public FollowUpSchedule(List<Integer> afterEndMonths) {
        this.afterEndMonths = List.copyOf(afterEndMonths);
    }

    public record Planned(String kind, LocalDate dueOn) {
    }

    /** A baseline falls on the day the enrollment or the first visit starts, whatever the months after the end. */
    public static Planned baseline(LocalDate startedOn) {
        return new Planned(BASELINE, startedOn);
    }

    public List<Planned> afterEnd(LocalDate endedOn) {
        List<Planned> out = new ArrayList<>();
        out.add(new Planned(END, endedOn));
        afterEndMonths.forEach(m -> out.add(new Planned(monthsKind(m), endedOn.plusMonths(m))));
        return out;
    }

    public static String monthsKind(int months) {
        return "MONTHS_" + months;
    }
}
