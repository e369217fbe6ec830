package se.huset.rollout.kpi;

import jakarta.inject.Singleton;
import se.huset.kit.security.ServiceTokens;

/** The credential the collector presents to other services' stats: rollout's service token (role SERVICE). */
@Singleton
public class StatsToken {

    private final ServiceTokens tokens;

    public StatsToken(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    public String get() {
        return tokens.token();
    }
}
