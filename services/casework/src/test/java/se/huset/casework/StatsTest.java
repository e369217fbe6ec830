package se.huset.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain in figures: counts of persons are small-cell safe, the groups are the Söderhamn report's. */
@MicronautTest(transactional = false)
class StatsTest extends CaseworkTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void personsAreCountedByHowOftenTheyWereActualisedAndSmallCellsAreHidden() {
        UUID often = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            contact("REPORT", Org.KOMMUN, often, Instant.now());
        }
        for (int i = 0; i < 6; i++) {
            contact("LOB", Org.REGION, UUID.randomUUID(), Instant.now());
        }
        Map<String, Object> stats = get("/api/casework/stats?months=1", STEERING);
        Map<String, Object> persons = (Map<String, Object>) ((Map<String, Object>) stats.get("personsByActualisations"))
                .get("value");
        assertThat(persons).containsOnlyKeys("1", "2", "3-6", "7-11", "12+");
        assertThat(persons.get("12+")).as("one person: a small cell").isEqualTo("<5");
        assertThat(((Number) persons.get("1")).intValue()).isGreaterThanOrEqualTo(6);
        Map<String, Object> bySource = (Map<String, Object>) ((Map<String, Object>) stats.get("actualisationsBySource"))
                .get("value");
        assertThat(((Number) bySource.get("REPORT")).intValue()).isGreaterThanOrEqualTo(12);
        assertThat(stats).containsKeys("shareLeadingToInvestigation", "medianDaysToAssessment",
                "medianInvestigationDaysByLaw", "grantedByIntervention", "unenforcedPastDeadline");
        assertThat(call(HttpRequest.GET("/api/casework/stats"), SOCIAL_KOMMUN).code())
                .as("the figures are the steering group's; social workers have their lists").isEqualTo(403);
    }
}
