package se.huset.housing.client;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.housing.HousingTestSupport;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.events.FeedConsumer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake's feed: ClientRegistered gives the birth date; consent events still reach the consent replica. */
@MicronautTest(transactional = false)
class IntakeFeedConsumerTest extends HousingTestSupport {

    @Inject
    ClientFactRepository facts;
    @Inject
    ConsentStore consents;
    @Inject
    List<FeedConsumer> consumers;

    @Test
    void clientRegisteredStoresTheBirthDateAndAReplayChangesNothing() {
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new HashMap<>(Map.of("clientId", id.toString(), "ownerOrg", "REGION",
                "birthDate", "1971-04-02", "sex", "F"));
        FeedEvent event = new FeedEvent(7, EventTypes.CLIENT_REGISTERED, id.toString(), Instant.now(), payload);
        intakeFeed.handle(event);
        intakeFeed.handle(event);
        ClientFact fact = facts.find(id).orElseThrow();
        assertThat(fact.birthDate()).isEqualTo(LocalDate.of(1971, 4, 2));
        assertThat(fact.ownerOrg()).isEqualTo("REGION");
        assertThat(fact.ageOn(LocalDate.of(2026, 4, 1)).getAsInt()).isEqualTo(54);
    }

    @Test
    void consentEventsStillReachTheConsentReplica() {
        UUID client = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        intakeFeed.handle(new FeedEvent(8, EventTypes.CONSENT_GRANTED, consent.toString(), Instant.now(), Map.of(
                "consentId", consent.toString(), "clientId", client.toString(), "recipientOrgs", List.of("REGION"),
                "categories", List.of("HOUSING"), "purpose", "CARE_COORDINATION", "form", "WRITTEN",
                "validUntil", LocalDate.now().plusMonths(3).toString(), "grantedAt", Instant.now().toString())));
        assertThat(consents.forClients(List.of(client))).singleElement()
                .satisfies(g -> assertThat(g.recipientOrgs()).containsExactly(Org.REGION));
    }

    @Test
    void housingHasOneConsumerOfIntakesFeedSoTheSharedCursorMissesNothing() {
        assertThat(consumers).filteredOn(c -> c.source().equals("intake")).singleElement()
                .isInstanceOf(IntakeFeedConsumer.class);
    }
}
