package se.huset.programs.paralleltrack;

import se.huset.contracts.security.Org;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parallel tracks (*parallella spår*): the same client active in the same method at both the Region and the
 * Kommun, each body unaware of the other. The steering group wants this number to fall.
 */
public final class ParallelTrackRule {

    /** One active enrollment: whose, in which method, at which body. */
    public record Active(UUID clientId, String programCode, Org org) {
    }

    /** A client and method taken up at both bodies at once. */
    public record Track(UUID clientId, String programCode) {
    }

    public Set<Track> tracks(Collection<Active> active) {
        Map<Track, Set<Org>> orgs = new HashMap<>();
        for (Active a : active) {
            orgs.computeIfAbsent(new Track(a.clientId(), a.programCode()), k -> EnumSet.noneOf(Org.class)).add(a.org());
        }
        return orgs.entrySet().stream()
                .filter(e -> e.getValue().contains(Org.REGION) && e.getValue().contains(Org.KOMMUN))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** How many clients are on at least one parallel track: a count, never who. */
    public long clients(Collection<Active> active) {
        return tracks(active).stream().map(Track::clientId).distinct().count();
    }
}
