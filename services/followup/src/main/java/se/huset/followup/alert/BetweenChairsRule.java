package se.huset.followup.alert;

import se.huset.contracts.intake.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Falling between the chairs (*faller mellan stolarna*): an event after which the client should have been seen,
 * and was not. An inpatient episode, a programme end or a move-out needs a contact within {@code days}; a lost
 * place or a move-out without an aftercare plan is an alarm at once; any later contact with the client closes
 * these. A triaged contact needs its first visit by a due time that follows its urgency (the last day of triage
 * plus the configured days); only a first visit booked or held after the contact closes that one.
 */
public final class BetweenChairsRule {

    public enum Type {
        INPATIENT_WITHOUT_AFTERCARE, PROGRAMME_END_WITHOUT_FOLLOW_UP, HOUSING_LOST, PLACEMENT_ENDED_WITHOUT_AFTERCARE,
        PLACEMENT_ENDED_WITHOUT_CONTACT, NO_FIRST_VISIT
    }

    public record Trigger(Type type, UUID clientId, String ownerOrg, Instant at) {
    }

    /** A triaged contact a body has taken on. */
    public record Triage(UUID clientId, String ownerOrg, Urgency urgency, Instant registeredAt, Instant triagedAt) {
    }

    private final Duration grace;
    private final Map<Urgency, Integer> firstVisitDays;
    private final ZoneId zone;

    public BetweenChairsRule(int days, Map<Urgency, Integer> firstVisitDays, ZoneId zone) {
        this.grace = Duration.ofDays(days);
        this.firstVisitDays = new EnumMap<>(firstVisitDays);
        this.zone = zone;
        for (Urgency u : Urgency.values()) {
            if (!this.firstVisitDays.containsKey(u)) {
                throw new IllegalArgumentException("no first-visit days configured for " + u);
            }
        }
    }

    /** The triggers still open at {@code now}, given each client's contact times. */
    public List<Trigger> open(Collection<Trigger> triggers, Map<UUID, List<Instant>> contacts, Instant now) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean immediate = t.type() == Type.HOUSING_LOST || t.type() == Type.PLACEMENT_ENDED_WITHOUT_AFTERCARE;
            if (!immediate && now.isBefore(t.at().plus(grace))) {
                continue;
            }
            if (!seenAfter(contacts, t.clientId(), t.at())) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The triaged contacts past their due time with no first visit booked (or held) since the contact came in, as
     * triggers at their due time. {@code firstVisits} are the times each client's first visits were booked.
     */
    public List<Trigger> overdueFirstVisits(Collection<Triage> triaged, Map<UUID, List<Instant>> firstVisits, Instant now) {
        List<Trigger> out = new ArrayList<>();
        for (Triage t : triaged) {
            Instant due = firstVisitDue(t.urgency(), t.triagedAt());
            if (now.isBefore(due) || seenAfter(firstVisits, t.clientId(), t.registeredAt())) {
                continue;
            }
            out.add(new Trigger(Type.NO_FIRST_VISIT, t.clientId(), t.ownerOrg(), due));
        }
        return out;
    }

    /** The end of the last local day the first visit may fall on. */
    public Instant firstVisitDue(Urgency urgency, Instant triagedAt) {
        LocalDate lastDay = triagedAt.atZone(zone).toLocalDate().plusDays(firstVisitDays.get(urgency));
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean seenAfter(Map<UUID, List<Instant>> times, UUID client, Instant at) {
        return times.getOrDefault(client, List.of()).stream().anyMatch(c -> c.isAfter(at));
    }
}
