package se.huset.followup.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Falling between the chairs (*faller mellan stolarna*): an event after which the client should have been seen,
 * and was not. An inpatient episode or a programme end needs a contact within {@code days}; a lost place or a
 * move-out without an aftercare plan is an alarm at once. Any later contact with the client closes the alert.
 */
public final class BetweenChairsRule {

    public enum Type { INPATIENT_WITHOUT_AFTERCARE, PROGRAMME_END_WITHOUT_FOLLOW_UP, HOUSING_LOST, PLACEMENT_ENDED_WITHOUT_AFTERCARE }

    public record Trigger(Type type, UUID clientId, String ownerOrg, Instant at) {
    }

    private final Duration grace;

    public BetweenChairsRule(int days) {
        this.grace = Duration.ofDays(days);
    }

    /** The triggers still open at {@code now}, given each client's contact times. */
    public List<Trigger> open(Collection<Trigger> triggers, Map<UUID, List<Instant>> contacts, Instant now) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean immediate = t.type() == Type.HOUSING_LOST || t.type() == Type.PLACEMENT_ENDED_WITHOUT_AFTERCARE;
            if (!immediate && now.isBefore(t.at().plus(grace))) {
                continue;
            }
            boolean seen = contacts.getOrDefault(t.clientId(), List.of()).stream().anyMatch(c -> c.isAfter(t.at()));
            if (!seen) {
                out.add(t);
            }
        }
        return out;
    }
}
