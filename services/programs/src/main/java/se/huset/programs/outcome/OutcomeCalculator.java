package se.huset.programs.outcome;

import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Outcomes per programme and body, the figures nobody could give in 2014: how many finish, how many drop out and
 * at which session, how many come back within 12 months. Rates are over the finished enrollments (completed or
 * dropped out): a transfer continues elsewhere and a cancellation never began, so neither counts either way.
 */
public final class OutcomeCalculator {

    /** Programme code and owning body, e.g. {@code AP/REGION}. */
    public record Key(String programCode, String org) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return programCode + "/" + org;
        }
    }

    public record Outcome(long enrollments, long active, long completed, long droppedOut, long transferred,
                          long cancelled, List<Integer> dropOutSessions, long dropOutsWithoutSession, long returns) {

        public long finished() {
            return completed + droppedOut;
        }

        public OptionalDouble completionRate() {
            return finished() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completed / finished());
        }

        public OptionalDouble dropOutRate() {
            return finished() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) droppedOut / finished());
        }

        /** Returns among all enrollments: how often a programme is begun again within 12 months of an ending. */
        public OptionalDouble returnRate() {
            return enrollments == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) returns / enrollments);
        }
    }

    public Map<Key, Outcome> byProgramAndOrg(Collection<Enrollment> enrollments) {
        Map<Key, List<Enrollment>> grouped = new TreeMap<>();
        for (Enrollment e : enrollments) {
            grouped.computeIfAbsent(new Key(e.programCode(), e.ownerOrg().name()), k -> new ArrayList<>()).add(e);
        }
        Map<Key, Outcome> out = new TreeMap<>();
        grouped.forEach((key, list) -> out.put(key, outcome(list)));
        return out;
    }

    public Outcome total(Collection<Enrollment> enrollments) {
        return outcome(enrollments);
    }

    private static Outcome outcome(Collection<Enrollment> list) {
        List<Integer> sessions = new ArrayList<>();
        long withoutSession = 0;
        for (Enrollment e : list) {
            if (e.status() == EnrollmentStatus.DROPPED_OUT) {
                if (e.droppedAtSession() == null) {
                    withoutSession++;
                } else {
                    sessions.add(e.droppedAtSession());
                }
            }
        }
        return new Outcome(list.size(), count(list, EnrollmentStatus.ACTIVE), count(list, EnrollmentStatus.COMPLETED),
                count(list, EnrollmentStatus.DROPPED_OUT), count(list, EnrollmentStatus.TRANSFERRED),
                count(list, EnrollmentStatus.CANCELLED), List.copyOf(sessions), withoutSession,
                list.stream().filter(Enrollment::returning).count());
    }

    private static long count(Collection<Enrollment> list, EnrollmentStatus status) {
        return list.stream().filter(e -> e.status() == status).count();
    }
}
