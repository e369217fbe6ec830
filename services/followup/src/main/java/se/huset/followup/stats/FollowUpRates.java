package se.huset.followup.stats;

import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Follow-up's own quality figures. A follow-up counts once its day has come: response rate is DONE among them,
 * attrition is MISSED or DECLINED among them, and coverage is the share of ended enrollments whose 6-month
 * follow-up is done, among those whose 6-month day has come.
 */
public final class FollowUpRates {

    public record Rate(long part, long whole) {
    }

    public Rate response(Collection<FollowUp> all, LocalDate today) {
        List<FollowUp> counted = counted(all, today);
        return new Rate(counted.stream().filter(f -> f.status() == FollowUpStatus.DONE).count(), counted.size());
    }

    public Rate attrition(Collection<FollowUp> all, LocalDate today) {
        List<FollowUp> counted = counted(all, today);
        return new Rate(counted.stream().filter(f -> f.status() == FollowUpStatus.MISSED
                || f.status() == FollowUpStatus.DECLINED).count(), counted.size());
    }

    public Rate coverage(Collection<FollowUp> all, LocalDate today) {
        List<FollowUp> sixMonths = all.stream().filter(f -> FollowUpSchedule.monthsKind(6).equals(f.kind()))
                .filter(f -> !f.dueOn().isAfter(today)).toList();
        return new Rate(sixMonths.stream().filter(f -> f.status() == FollowUpStatus.DONE).count(), sixMonths.size());
    }

    /**
     * The follow-ups of enrollments that ended in the same quarter ("2026-Q1"), by the day of their END follow-up;
     * baselines of enrollments still running have no cohort yet.
     */
    public Map<String, List<FollowUp>> byCohort(Collection<FollowUp> all) {
        Map<UUID, LocalDate> ends = new HashMap<>();
        all.stream().filter(f -> FollowUpSchedule.END.equals(f.kind())).forEach(f -> ends.put(f.enrollmentId(), f.dueOn()));
        Map<String, List<FollowUp>> out = new TreeMap<>();
        all.stream().filter(f -> ends.containsKey(f.enrollmentId())).forEach(f -> {
            LocalDate end = ends.get(f.enrollmentId());
            out.computeIfAbsent(end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1), k -> new ArrayList<>()).add(f);
        });
        return out;
    }

    private static List<FollowUp> counted(Collection<FollowUp> all, LocalDate today) {
        return all.stream().filter(f -> !f.dueOn().isAfter(today) || f.status() != FollowUpStatus.DUE).toList();
    }
}
