package se.huset.contracts.security;

import java.util.List;

/**
 * What a SERVICE token may do, carried in its {@code scope} claim (space-separated, as in OAuth 2). A service token
 * opens only the endpoints its scopes name, and only at the services named in its {@code aud} claim.
 */
public final class Scopes {
    /** {@code GET /api/{service}/events}: the integration-event feed. */
    public static final String EVENTS_READ = "events:read";
    /** {@code GET /api/{service}/stats}: the aggregates (rollout's KPI collection). */
    public static final String STATS_READ = "stats:read";

    /**
     * {@code GET /api/auth/revocations} on the gateway's internal listener: the tokens ended before their expiry,
     * which every service polls so a logout or a disabled account ends its tokens everywhere within seconds.
     */
    public static final String REVOCATIONS_READ = "revocations:read";

    public static final List<String> ALL = List.of(EVENTS_READ, STATS_READ, REVOCATIONS_READ);

    private Scopes() {
    }
}
