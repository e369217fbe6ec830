package se.huset.followup.frequent;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.events.EventTypes;
import se.huset.followup.FollowupTestSupport;
import se.huset.kit.consent.CareRelationships;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class FrequentAttenderTest extends FollowupTestSupport {

    @Inject
    IntakeContacts contacts;

    @Inject
    CareRelationships relationships;

    @Test
    void sevenAcuteVisitsMakeAFrequentAttenderSixDoNot() {
        UUID seven = UUID.randomUUID();
        UUID six = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            contacts.handle(contact(seven, "ACUTE_VISIT", "REGION", Instant.now().minus(10L * i, ChronoUnit.DAYS)));
        }
        for (int i = 0; i < 6; i++) {
            contacts.handle(contact(six, "ACUTE_VISIT", "REGION", Instant.now().minus(i, ChronoUnit.DAYS)));
        }
        // an old visit falls outside the rolling twelve months
        contacts.handle(contact(six, "ACUTE_VISIT", "REGION", Instant.now().minus(400, ChronoUnit.DAYS)));

        theTestUnitsWorkWithEveryClient();
        Map<String, Object> list = body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION));
        List<Map<String, Object>> items = items(list);
        assertThat(items).extracting(i -> i.get("clientId")).contains(seven.toString()).doesNotContain(six.toString());
        Map<String, Object> item = items.stream().filter(i -> i.get("clientId").equals(seven.toString())).findFirst().orElseThrow();
        assertThat(item).containsEntry("acuteVisits", 7).containsEntry("suggestedAction", "CASE_MANAGER");
        assertThat(list).containsKeys("withheld", "count");
    }

    /** The page's "case manager" suggestion leads to the client's care team; once one is named, the page names them. */
    @Test
    void aSuggestedCaseManagerIsActedOnByNamingACoordinatorInTheCareTeam() {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            contacts.handle(contact(client, "ACUTE_VISIT", "REGION", Instant.now().minus(3L * i, ChronoUnit.DAYS)));
        }
        theTestUnitsWorkWithEveryClient();
        String careTeam = "/intake/clients/" + client + "#care-team";
        assertThat(page("/followup/frequent-attenders?limit=200")).contains("href=\"" + careTeam + "\"");

        relationships.apply(new CareRelationshipChanged(client, "REGION", "user:samordnare.region", "COORDINATOR",
                CareRelationships.COORDINATOR_REF, true, Instant.now(), "reception.region"));
        relationships.apply(new CareRelationshipChanged(client, "KOMMUN", "user:samordnare.kommun", "COORDINATOR",
                CareRelationships.COORDINATOR_REF, true, Instant.now(), "reception.kommun"));
        assertThat(page("/followup/frequent-attenders?limit=200")).contains("Samordnare: samordnare.region")
                .as("the other body's coordinator is not the Region's to see on a worklist")
                .doesNotContain("samordnare.kommun", "href=\"" + careTeam + "\"");
    }

    private String page(String path) {
        io.micronaut.http.HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path)
                .bearerAuth(THERAPIST_REGION), String.class);
        assertThat(r.code()).isEqualTo(200);
        return r.body();
    }

    @Test
    void fourInpatientEpisodesAcrossBothBodiesSuggestASipAndNeedConsentToSee() {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            contacts.handle(contact(client, "INPATIENT_EPISODE", i % 2 == 0 ? "REGION" : "KOMMUN",
                    Instant.now().minus(i, ChronoUnit.DAYS)));
        }
        Map<String, Object> region = body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION));
        assertThat(items(region)).extracting(i -> i.get("clientId")).doesNotContain(client.toString());
        assertThat((Integer) region.get("withheld")).isPositive();
        assertThat((Integer) region.get("count")).isEqualTo(items(region).size() + (Integer) region.get("withheld"));
    }

    @Test
    void anAnonymousVisitLinkedLaterCountsForThePerson() {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            contacts.handle(contact(client, "ACUTE_VISIT", "REGION", Instant.now().minus(i, ChronoUnit.DAYS)));
        }
        UUID anonymous = UUID.randomUUID();
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("contactId", anonymous.toString(), "channel", "WALK_IN",
                "kind", "ACUTE_VISIT", "referrer", "SELF", "substances", List.of(), "ownerOrg", "REGION",
                "registeredAt", Instant.now().toString()));
        contacts.handle(event(EventTypes.CONTACT_REGISTERED, anonymous, payload));
        assertThat(items(body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION))))
                .extracting(i -> i.get("clientId")).doesNotContain(client.toString());
        contacts.handle(event(EventTypes.CONTACT_LINKED, anonymous, Map.of("contactId", anonymous.toString(),
                "clientId", client.toString(), "linkedAt", Instant.now().toString())));
        theTestUnitsWorkWithEveryClient();
        assertThat(items(body(call(HttpRequest.GET("/api/followup/frequent-attenders"), THERAPIST_REGION))))
                .extracting(i -> i.get("clientId")).contains(client.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    static se.huset.contracts.events.FeedEvent contact(UUID client, String kind, String owner, Instant at) {
        UUID contact = UUID.randomUUID();
        return event(EventTypes.CONTACT_REGISTERED, contact, Map.of("contactId", contact.toString(),
                "clientId", client.toString(), "channel", "WALK_IN", "kind", kind, "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "ownerOrg", owner, "registeredAt", at.toString()));
    }
}
