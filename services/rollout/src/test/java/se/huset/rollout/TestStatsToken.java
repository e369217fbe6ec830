package se.huset.rollout;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.huset.kit.testing.TestTokens;
import se.huset.rollout.kpi.StatsToken;

/** In tests there is no gateway to issue rollout's service token: a test-signed SERVICE token stands in. */
@Singleton
@Replaces(StatsToken.class)
@Requires(env = "test")
public class TestStatsToken extends StatsToken {

    public TestStatsToken() {
        super(null);
    }

    @Override
    public String get() {
        return TestTokens.service();
    }
}
