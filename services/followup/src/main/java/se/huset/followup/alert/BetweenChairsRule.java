package se.huset.followup.alert;

import se.huset.contracts.intake.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Falling between the chairs (*faller mellan stolarna*): an event after which the client should have been seen,
 * and was not. An inpatient episode, a programme end or a move-out with an aftercare plan needs a contact within
 * {@code graceDays}; a lost place or a move-out without an aftercare plan is an alert at once; any later contact
 * with the client closes these. A triaged contact needs its first visit booked by a due time that follows its
 * urgency (the day of triage plus the configured days, to that day's end); a first visit booked or held after the
 * contact came in closes it.
 *
 * <p>An alert is raised only while acting on it still makes sense: one that fell due more than {@code raiseWithinDays}
 * ago is not raised (a discharge two years back with no contact since is history, not a task: the next contact will
 * bring the client back into care by its own route). An alert once raised stays until it is closed, by staff or by
 * its condition, so nothing shown to a team disappears unseen.
 */
public final class BetweenChairsRule {

    /** The alert types, most urgent first: the order of the worklist. */
    public enum Type {
        /** Barred or evicted: without a roof tonight (seed 000: one such ending led to 21 sobering-unit stays). */
        HOUSING_LOST,
        /** Moved out with no aftercare plan: nobody has taken over. */
        PLACEMENT_ENDED_WITHOUT_AFTERCARE,
        /** Triaged and taken on, but no first visit booked by the urgency's due time. */
        NO_FIRST_VISIT,
        /** Out of inpatient care with no contact within the grace days. */
        INPATIENT_WITHOUT_AFTERCARE,
        /** Moved out with an aftercare plan, but no contact within the grace days. */
        PLACEMENT_ENDED_WITHOUT_CONTACT,
        /** A programme ended (completed or dropped out) and no contact within the grace days. */
        PROGRAMME_END_WITHOUT_FOLLOW_UP;

        /** The rank in the worklist, 1 the most urgent. */
        public int priority() {
            return ordinal() + 1;
        }
    }

    private final Duration grace;
    private final Duration raiseWithin;
    private final Map<Urgency, Integer> firstVisitDays;

    public BetweenChairsRule(int graceDays, int raiseWithinDays, Map<Urgency, Integer> firstVisitDays) {
        if (graceDays < 0 || raiseWithinDays < 1) {
            throw new IllegalArgumentException("grace days must be 0 or more and the raising window at least a day");
        }
        this.grace = Duration.ofDays(graceDays);
        this.raiseWithin = Duration.ofDays(raiseWithinDays);
        this.firstVisitDays = new EnumMap<>(firstVisitDays);
        for (Urgency u : Urgency.values()) {
            if (!this.firstVisitDays.containsKey(u)) {
                throw new IllegalArgumentException("no first-visit days configured for " + u);
            }
        }
    }

    /** The days an event waits for a contact before it is an alert (not for the immediate types). */
    public int graceDays() {
        return (int) grace.toDays();
    }

    /** The days after triage a first visit of {@code urgency} may still be booked for (0 = the same day). */
    public int firstVisitDays(Urgency urgency) {
        return firstVisitDays.get(urgency);
    }

    /** The earliest due time still worth raising at {@code now}; older ones are not raised. */
    public Instant raiseFrom(Instant now) {
        return now.minus(raiseWithin);
    }
}
