package se.huset.gateway.auth;

import se.huset.contracts.security.Scopes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each service's token may do, and where: the scopes and the services (audience) it reads with its own token.
 * Kept to what the services actually call: the feeds their {@code FeedSubscription}s poll (the kit's replica of
 * intake, booking's first-visit requests, followup's five feeds), the stats rollout collects for the KPIs, and for
 * every service the gateway's list of revoked tokens ({@code revocations:read}, audience {@code gateway}), which
 * its {@code RevocationPoller} reads. Calls made for a signed-in user pass that user's token on instead and need
 * nothing here.
 */
public final class ServiceGrants {

    public record Grant(Set<String> scopes, Set<String> audience) {
    }

    private static final Map<String, Grant> GRANTS = Map.of(
            "intake", reads(Set.of(), Set.of()),
            "booking", reads(Set.of(Scopes.EVENTS_READ), Set.of("intake")),
            "programs", reads(Set.of(Scopes.EVENTS_READ), Set.of("intake", "casework")),
            "housing", reads(Set.of(Scopes.EVENTS_READ), Set.of("intake", "casework")),
            "followup", reads(Set.of(Scopes.EVENTS_READ), Set.of("intake", "booking", "programs", "housing")),
            "casework", reads(Set.of(Scopes.EVENTS_READ), Set.of("intake", "housing", "programs")),
            "rollout", reads(Set.of(Scopes.STATS_READ), Set.of("intake", "booking", "programs", "housing", "followup",
                    "casework")));

    private ServiceGrants() {
    }

    /** A service's reads of the others, plus the revocations every service reads from the gateway. */
    private static Grant reads(Set<String> scopes, Set<String> audience) {
        return new Grant(Stream.concat(scopes.stream(), Stream.of(Scopes.REVOCATIONS_READ)).collect(Collectors.toSet()),
                Stream.concat(audience.stream(), Stream.of("gateway")).collect(Collectors.toSet()));
    }

    /** Every service of the suite: each has a credential of its own. */
    public static Set<String> services() {
        return GRANTS.keySet();
    }

    /** Empty for an unknown service. */
    public static Optional<Grant> of(String service) {
        return Optional.ofNullable(GRANTS.get(service));
    }
}
