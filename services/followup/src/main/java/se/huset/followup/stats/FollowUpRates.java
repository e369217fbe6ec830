package se.huset.followup.stats;

import io.micronaut.core.annotation.Nullable;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Follow-up's own quality figures. A follow-up counts once its day has come: response rate is DONE among them,
 * attrition is MISSED or DECLINED among them, and coverage is the share of ended enrollments whose 6-month
 * follow-up is done, among those whose 6-month day has come. The figures are worked out over {@link Tally} rows,
 * the follow-ups counted by what the rules look at, so years of follow-ups are never held in memory.
 */
public final class FollowUpRates {

    public record Rate(long part, long whole) {
    }

    /**
     * How many follow-ups share a programme, kind, status, whether their day has come, and their cohort: the
     * quarter in which the enrollment's END follow-up fell due ("2026-Q1"), none for enrollments still running.
     */
    public record Tally(String program, String kind, FollowUpStatus status, boolean dayHasCome, @Nullable String cohort,
                        long count) {

        /** Counted once its day has come, or earlier when it was already answered, declined or missed. */
        boolean counted() {
            return dayHasCome || status != FollowUpStatus.DUE;
        }
    }

    public Rate response(Collection<Tally> all) {
        return rate(all.stream().filter(Tally::counted).toList(), t -> t.status() == FollowUpStatus.DONE);
    }

    public Rate attrition(Collection<Tally> all) {
        return rate(all.stream().filter(Tally::counted).toList(),
                t -> t.status() == FollowUpStatus.MISSED || t.status() == FollowUpStatus.DECLINED);
    }

    public Rate coverage(Collection<Tally> all) {
        return rate(all.stream().filter(t -> FollowUpSchedule.monthsKind(6).equals(t.kind()) && t.dayHasCome()).toList(),
                t -> t.status() == FollowUpStatus.DONE);
    }

    /** The tallies of enrollments that ended in the same quarter, by cohort. */
    public Map<String, List<Tally>> byCohort(Collection<Tally> all) {
        Map<String, List<Tally>> out = new TreeMap<>();
        all.stream().filter(t -> t.cohort() != null)
                .forEach(t -> out.computeIfAbsent(t.cohort(), k -> new ArrayList<>()).add(t));
        return out;
    }

    private static Rate rate(List<Tally> whole, java.util.function.Predicate<Tally> part) {
        return new Rate(whole.stream().filter(part).mapToLong(Tally::count).sum(),
                whole.stream().mapToLong(Tally::count).sum());
    }
}
