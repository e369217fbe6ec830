package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollout dashboard reads these keys by name; every figure carries value, n and missing. */
@MicronautTest(transactional = false)
class StatsTest extends FollowupTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void statsHaveTheDashboardsKeysAsFigures() {
        Map<String, Object> stats = body(call(HttpRequest.GET("/api/followup/stats"), STEERING));
        assertThat(stats).containsKeys("frequentAttenders", "followUpCoverage", "responseRate", "openSips");
        Map<String, Object> attenders = (Map<String, Object>) stats.get("frequentAttenders");
        assertThat(attenders).containsKeys("count", "shareOfPersons", "shareOfEpisodes");
        for (Object figure : new Object[] {attenders.get("count"), attenders.get("shareOfEpisodes"),
                stats.get("followUpCoverage"), stats.get("responseRate"), stats.get("openSips")}) {
            assertThat((Map<String, Object>) figure).containsKeys("value", "n", "missing");
        }
        // an empty service shows nothing under five
        assertThat(((Map<String, Object>) stats.get("openSips")).get("value")).isEqualTo("<5");
    }
}
