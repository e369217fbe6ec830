package se.huset.housing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.contracts.timeline.TimelinePage;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Housing's part of the client overview's timeline: the client's housing decisions (SOCIAL) and placements
 * (HOUSING), newest first, paged and filtered as intake reads them, screened by the consent rule and audited.
 */
@MicronautTest(transactional = false)
class HousingTimelineTest extends HousingTestSupport {

    private static final String SOCIAL_REGION_ELSEWHERE = TestTokens.ofUnit("socialworker.annan", Org.REGION,
            "Annan mottagning", "SOCIAL_WORKER");
    private static final String HOUSING_KOMMUN_ELSEWHERE = TestTokens.ofUnit("boende.annat", Org.KOMMUN,
            "Annat boende", "HOUSING_STAFF");

    @Inject
    ConsentStore consents;

    private final LocalDate today = LocalDate.now(ClinicTime.ZONE);
    private UUID client;
    private String unitA;
    private String unitB;
    private String active;
    private String evicted;
    private String live;

    /**
     * One client's housing history: evicted from unit A, then placed in unit B on a SoL decision from casework.
     */
    @BeforeAll
    void history() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        unitA = unit("Tidslinjen A " + suffix, "HOUSING_FIRST", 5, null, false);
        unitB = unit("Tidslinjen B " + suffix, "TRAINING_FLAT", 5, null, false);
        client = client(40);
        active = decided(client, today.minusDays(3), today.minusDays(3), today.plusMonths(6), "SOL_4_1");
        evicted = (String) ok(place(client, unitA, null, SOCIAL_KOMMUN), 201).get("id");
        ok(call(HttpRequest.POST("/api/housing/placements/" + evicted + "/end",
                Map.of("reason", "EVICTED", "aftercare", aftercare())), SOCIAL_KOMMUN), 200);
        live = (String) ok(place(client, unitB, active, HOUSING_KOMMUN), 201).get("id");
    }

    @Test
    void theOwningBodyWithACareRelationshipSeesEveryStepNewestFirst() {
        TimelinePage page = timeline(client, "", SOCIAL_KOMMUN);

        assertThat(page.withheld()).isEmpty();
        assertThat(page.more()).isFalse();
        // the decisions are casework's, in its part of the timeline: housing holds them only to place with
        assertThat(page.entries()).extracting(TimelineEntry::id).containsExactly("placement/" + live,
                "placement/" + evicted);
        assertThat(page.entries()).extracting(TimelineEntry::kind).containsOnly(TimelineKind.PLACEMENT);
        assertThat(page.entries()).extracting(TimelineEntry::status).containsExactly("PLACED", "EVICTED");
        assertThat(page.entries()).extracting(TimelineEntry::label).containsExactly(unitName(unitB), unitName(unitA));
        assertThat(page.entries()).extracting(TimelineEntry::body).containsOnly(Org.KOMMUN);
        assertThat(page.entries()).extracting(TimelineEntry::value).containsOnlyNulls();

        TimelineEntry placed = page.entries().get(0);
        assertThat(placed.wholeDay()).isFalse();
        assertThat(placed.link()).isEqualTo("/housing/units/" + unitB);
        assertThat(placed.at()).isAfter(page.entries().get(1).at());
        assertThat(page.entries().get(1).link()).as("an ended placement is on no unit's page").isNull();

        assertThat(timeline(client, "", HOUSING_KOMMUN).entries()).hasSize(2);
        assertThat(timeline(UUID.randomUUID(), "", SOCIAL_KOMMUN).entries()).isEmpty();
    }

    @Test
    void kindAndBodyFilterAndTheCursorLeadsOnePageAtATime() {
        assertThat(timeline(client, "?kind=PLACEMENT", SOCIAL_KOMMUN).entries()).extracting(TimelineEntry::id)
                .containsExactly("placement/" + live, "placement/" + evicted);
        assertThat(timeline(client, "?kind=DECISION", SOCIAL_KOMMUN).entries()).as("casework's kind").isEmpty();
        assertThat(timeline(client, "?body=REGION", SOCIAL_KOMMUN).entries()).isEmpty();
        assertThat(timeline(client, "?body=KOMMUN&kind=PLACEMENT", SOCIAL_KOMMUN).entries()).hasSize(2);

        TimelinePage first = timeline(client, "?limit=1", SOCIAL_KOMMUN);
        assertThat(first.entries()).extracting(TimelineEntry::id).containsExactly("placement/" + live);
        assertThat(first.more()).isTrue();
        TimelinePage second = timeline(client, "?limit=1&before=" + TimelineQuery.cursorAfter(first.entries().get(0)),
                SOCIAL_KOMMUN);
        assertThat(second.entries()).extracting(TimelineEntry::id).containsExactly("placement/" + evicted);
        assertThat(second.more()).isFalse();

        List<String> walked = new ArrayList<>();
        String query = "?limit=2";
        for (int pages = 0; pages < 10; pages++) {
            TimelinePage page = timeline(client, query, SOCIAL_KOMMUN);
            page.entries().forEach(e -> walked.add(e.id()));
            if (!page.more()) {
                break;
            }
            query = "?limit=2&before=" + TimelineQuery.cursorAfter(page.entries().get(page.entries().size() - 1));
        }
        assertThat(walked).containsExactly("placement/" + live, "placement/" + evicted);
    }

    @Test
    void theOtherBodySeesNothingWithoutConsentAndIsToldWhatIsWithheld() {
        UUID other = UUID.randomUUID();
        clientFacts.apply(new ClientRegistered(other, "REGION", today.minusYears(35), "FEMALE"));
        se.huset.kit.testing.TestCareTeams.inBothBodies(careRelationships, other);
        String placement = (String) ok(place(other, unitA, null, SOCIAL_KOMMUN), 201).get("id");

        TimelinePage refused = timeline(other, "", SOCIAL_REGION);
        assertThat(refused.entries()).isEmpty();
        assertThat(refused.more()).isFalse();
        assertThat(refused.withheld()).containsExactly(
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "CONSENT_REQUIRED", 1));
        assertThat(timeline(other, "?limit=1&kind=PLACEMENT", SOCIAL_REGION).withheld()).as("filtered as asked")
                .containsExactly(new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "CONSENT_REQUIRED", 1));

        consents.apply(new ConsentGranted(UUID.randomUUID(), other, List.of("REGION"), List.of("HOUSING"),
                "CARE_COORDINATION", "WRITTEN", today.plusMonths(6), Instant.now()));
        TimelinePage housingOnly = timeline(other, "", SOCIAL_REGION);
        assertThat(housingOnly.entries()).extracting(TimelineEntry::id).containsExactly("placement/" + placement);
        assertThat(housingOnly.entries().get(0).status()).isEqualTo("PLACED");
        assertThat(housingOnly.withheld()).isEmpty();

        // under the consent, need-to-know still holds inside the Region: a unit that does not work with the client
        assertThat(timeline(other, "", SOCIAL_REGION_ELSEWHERE).withheld()).containsExactly(
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "NEED_TO_KNOW", 1));
    }

    @Test
    void theOwningBodysStaffWithoutACareRelationshipAreRefusedOnNeedToKnow() {
        TimelinePage refused = timeline(client, "", HOUSING_KOMMUN_ELSEWHERE);
        assertThat(refused.entries()).isEmpty();
        assertThat(refused.withheld()).containsExactly(
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "NEED_TO_KNOW", 2));

        UUID related = UUID.randomUUID();
        clientFacts.apply(new ClientRegistered(related, "KOMMUN", today.minusYears(50), "MALE"));
        careRelationships.start(related, CareRelationships.unitParty(TestTokens.KOMMUN_UNIT), "CONTACT_UNIT", "test",
                "KOMMUN", Instant.now());
        String placement = (String) ok(place(related, unitA, null, SOCIAL_KOMMUN), 201).get("id");
        assertThat(timeline(related, "", HOUSING_KOMMUN_ELSEWHERE).entries()).isEmpty();
        careRelationships.apply(new CareRelationshipChanged(related, "KOMMUN", "unit:Annat boende", "TREATMENT",
                "team:TREATMENT", true, Instant.now(), "socialworker.kommun"));
        assertThat(timeline(related, "", HOUSING_KOMMUN_ELSEWHERE).entries()).extracting(TimelineEntry::id)
                .containsExactly("placement/" + placement);
    }

    @Test
    void aQueueEntryIsWaitingFromItsRequestAndWithdrawnOnceTakenOffTheQueue() {
        String full = unit("Tidslinjen kö " + UUID.randomUUID().toString().substring(0, 8), "EMERGENCY", 1, null,
                false);
        ok(place(client(30), full, null, SOCIAL_KOMMUN), 201);
        UUID waiting = client(35);
        Map<String, Object> queued = ok(call(HttpRequest.POST("/api/housing/placements", Map.of("clientId", waiting,
                "unitId", full, "queue", true)), SOCIAL_KOMMUN), 201);
        assertThat(queued).containsEntry("status", "WAITING");
        String id = (String) queued.get("id");

        TimelineEntry entry = timeline(waiting, "", SOCIAL_KOMMUN).entries().get(0);
        assertThat(entry.id()).isEqualTo("placement/" + id);
        assertThat(entry.status()).isEqualTo("WAITING");
        assertThat(entry.at()).isEqualTo(Instant.parse((String) queued.get("requestedAt")));
        assertThat(entry.link()).as("the unit's page shows its queue").isEqualTo("/housing/units/" + full);

        ok(call(HttpRequest.POST("/api/housing/placements/" + id + "/withdraw", Map.of()), SOCIAL_KOMMUN), 200);
        TimelineEntry withdrawn = timeline(waiting, "", SOCIAL_KOMMUN).entries().get(0);
        assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.link()).isNull();
    }

    @Test
    void tokensThatDoNoClientWorkAreRefused() {
        String route = "/api/housing/clients/" + client + "/timeline";
        assertThat(call(HttpRequest.GET(route), TestTokens.service()).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(route), STEERING).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(route), null).code()).isEqualTo(401);
    }

    @Test
    void everyStepShownAndWithheldIsInTheAuditLog() {
        timeline(client, "", SOCIAL_KOMMUN);
        timeline(client, "", HOUSING_KOMMUN_ELSEWHERE);

        List<Map<String, Object>> log = http.toBlocking().retrieve(
                HttpRequest.GET("/api/housing/clients/" + client + "/access-log")
                        .bearerAuth(TestTokens.token("auditor", null, "AUDITOR")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> timelineRows = log.stream().filter(r -> "TIMELINE".equals(r.get("action"))).toList();
        assertThat(timelineRows).filteredOn(r -> "socialworker.kommun".equals(r.get("username")))
                .filteredOn(r -> "ALLOWED".equals(r.get("outcome")))
                .extracting(r -> r.get("resource")).contains("placement/" + live, "placement/" + evicted);
        assertThat(timelineRows).filteredOn(r -> "boende.annat".equals(r.get("username")))
                .filteredOn(r -> "DENIED".equals(r.get("outcome")))
                .extracting(r -> r.get("resource")).contains("placement/" + live);
        assertThat(timelineRows).filteredOn(r -> "boende.annat".equals(r.get("username")))
                .extracting(r -> r.get("outcome")).doesNotContain("ALLOWED");
    }

    @Test
    void aBadKindOrCursorAnswers400NamingTheParameter() {
        assertBadParameter("?kind=PARTY", "kind");
        assertBadParameter("?before=not-a-cursor", "before");
        assertBadParameter("?body=NOBODY", "body");
        assertBadParameter("?limit=0", "limit");
    }

    @SuppressWarnings("unchecked")
    private void assertBadParameter(String query, String parameter) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/housing/clients/" + client + "/timeline"
                + query), SOCIAL_KOMMUN);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(r).get("errors");
        assertThat(errors).as(body(r).toString()).extracting(e -> e.get("field")).contains(parameter);
    }

    private TimelinePage timeline(UUID clientId, String query, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/housing/clients/" + clientId + "/timeline" + query)
                .bearerAuth(token), TimelinePage.class);
    }

    private String unitName(String unitId) {
        return (String) ok(call(HttpRequest.GET("/api/housing/units/" + unitId), SOCIAL_KOMMUN), 200).get("name");
    }
}
