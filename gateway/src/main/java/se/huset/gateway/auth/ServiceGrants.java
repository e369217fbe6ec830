package se.huset.gateway.auth;

import se.huset.contracts.security.Scopes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each service's token may do, and where: the scopes and the services (audience) it reads with its own token.
 * Kept to what the services actually call: the feeds their {@code FeedSubscription}s poll (the kit's replica of
 * intake, booking's first-visit requests, followup's five feeds) and the stats rollout collects for the KPIs. Calls
 * made for a signed-in user pass that user's token on instead and need nothing here. Intake reads nobody.
 */
public final class ServiceGrants {

    public record Grant(Set<String> scopes, Set<String> audience) {
    }

    private static final Grant NOTHING = new Grant(Set.of(), Set.of());

    private static final Map<String, Grant> GRANTS = Map.of(
            "intake", NOTHING,
            "booking", new Grant(Set.of(Scopes.EVENTS_READ), Set.of("intake")),
            "programs", new Grant(Set.of(Scopes.EVENTS_READ), Set.of("intake")),
            "housing", new Grant(Set.of(Scopes.EVENTS_READ), Set.of("intake")),
            "followup", new Grant(Set.of(Scopes.EVENTS_READ), Set.of("intake", "booking", "programs", "housing")),
            "rollout", new Grant(Set.of(Scopes.STATS_READ), Set.of("intake", "booking", "programs", "housing", "followup")));

    private ServiceGrants() {
    }

    /** Every service of the suite: each has a credential of its own, whether or not it is granted anything. */
    public static Set<String> services() {
        return GRANTS.keySet();
    }

    /** Empty for an unknown service, and for one granted nothing. */
    public static Optional<Grant> of(String service) {
        return Optional.ofNullable(GRANTS.get(service)).filter(g -> !g.scopes().isEmpty());
    }
}
