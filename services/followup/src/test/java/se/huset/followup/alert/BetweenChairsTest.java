package se.huset.followup.alert;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupTestSupport;
import se.huset.followup.frequent.IntakeContacts;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BetweenChairsTest extends FollowupTestSupport {

    static final String HOUSING_KOMMUN = TestTokens.token("housing.kommun", Org.KOMMUN, "HOUSING_STAFF");

    @Inject
    HousingEvents housing;

    @Inject
    IntakeContacts contacts;

    @Test
    void theRuleWaitsTheGraceDaysForEpisodesButNotForALostPlace() {
        BetweenChairsRule rule = new BetweenChairsRule(14);
        UUID client = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        var recent = new BetweenChairsRule.Trigger(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE, client, "REGION",
                now.minus(3, ChronoUnit.DAYS));
        var old = new BetweenChairsRule.Trigger(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE, client, "REGION",
                now.minus(20, ChronoUnit.DAYS));
        var lost = new BetweenChairsRule.Trigger(BetweenChairsRule.Type.HOUSING_LOST, client, "KOMMUN", now.minus(1, ChronoUnit.DAYS));
        assertThat(rule.open(List.of(recent, old, lost), Map.of(), now)).containsExactly(old, lost);
        assertThat(rule.open(List.of(old, lost), Map.of(client, List.of(now.minus(2, ChronoUnit.DAYS))), now))
                .containsExactly(lost);
        assertThat(rule.open(List.of(old, lost), Map.of(client, List.of(now.minus(1, ChronoUnit.HOURS))), now)).isEmpty();
    }

    @Test
    void aLostPlaceIsAnAlertUntilTheClientIsSeenAgain() {
        UUID client = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        housing.handle(event(EventTypes.HOUSING_LOST, placement, Map.of("placementId", placement.toString(),
                "clientId", client.toString(), "unitId", UUID.randomUUID().toString(), "reason", "BARRED",
                "coordinator", "socialworker.kommun", "ownerOrg", "KOMMUN", "lostAt", Instant.now().minusSeconds(3600).toString())));
        assertThat(alertsFor(client, HOUSING_KOMMUN)).containsExactly("HOUSING_LOST");
        assertThat(body(call(HttpRequest.GET("/api/followup/alerts"), THERAPIST_REGION)).get("withheld")).isNotEqualTo(0);

        UUID contact = UUID.randomUUID();
        contacts.handle(event(EventTypes.CONTACT_REGISTERED, contact, Map.of("contactId", contact.toString(),
                "clientId", client.toString(), "channel", "WALK_IN", "kind", "SELF_APPLICATION", "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "ownerOrg", "KOMMUN", "registeredAt", Instant.now().toString())));
        assertThat(alertsFor(client, HOUSING_KOMMUN)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Object> alertsFor(UUID client, String token) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/alerts"), token)).get("items");
        return items.stream().filter(i -> i.get("clientId").equals(client.toString())).map(i -> i.get("type")).toList();
    }
}
