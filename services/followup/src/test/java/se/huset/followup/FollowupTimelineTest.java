package se.huset.followup;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.contracts.timeline.TimelinePage;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.followup.alert.Alert;
import se.huset.followup.alert.AlertRepository;
import se.huset.followup.alert.AlertStatus;
import se.huset.followup.alert.BetweenChairsRule;
import se.huset.followup.alert.CloseReason;
import se.huset.followup.frequent.IntakeContacts;
import se.huset.followup.schedule.ProgramEvents;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineQuery;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Followup's part of the client overview's timeline: AUDIT and DUDIT scores, the follow-up schedule and forms, SIPs and
 * the between-chairs alerts still open, newest first, paged and filtered as intake reads them, screened by the consent
 * rule (FOLLOWUP data of the body that recorded it; an alert as the data that raised it) and audited.
 */
@MicronautTest(transactional = false)
class FollowupTimelineTest extends FollowupTestSupport {

    private static final String THERAPIST_REGION_ELSEWHERE = TestTokens.ofUnit("therapist.annan", Org.REGION,
            "Annan mottagning", "THERAPIST");
    private static final String THERAPIST_KOMMUN_ELSEWHERE = TestTokens.ofUnit("therapist.annat", Org.KOMMUN,
            "Annat team", "THERAPIST");
    /** The Region's FOLLOWUP steps of the client: four follow-ups, one form off the schedule, two scores, one SIP. */
    private static final int REGION_FOLLOWUP = 8;
    /** The Region's open alerts (care data: a missing first visit, a discharge without aftercare). */
    private static final int REGION_CARE = 2;

    @Inject
    ProgramEvents programEvents;
    @Inject
    IntakeContacts intakeContacts;
    @Inject
    ConsentStore consents;
    @Inject
    AlertRepository alerts;
    @Inject
    TransactionOperations<Connection> tx;

    private final LocalDate today = LocalDate.now(ClinicTime.ZONE);
    private UUID client;
    private final Map<String, String> followUps = new HashMap<>();
    private String audit;
    private String dudit;
    private String sip;
    private String form;
    private Alert noFirstVisit;
    private Alert inpatient;
    private Alert closed;
    private Alert housingLost;

    /**
     * One client of the Region: an enrollment ended ten days ago (its baseline answered, its end follow-up overdue, two
     * more due), a form off the schedule, an AUDIT of 6 and a DUDIT of 13, a SIP followed up with one of two tasks done; alerts
     * open, acknowledged and closed, and one the Kommun raised when the client lost housing.
     */
    @BeforeAll
    void history() {
        client = client("MALE", 45);
        UUID enrollment = UUID.randomUUID();
        programEvents.handle(event(EventTypes.ENROLLMENT_STARTED, enrollment, Map.of("enrollmentId",
                enrollment.toString(), "clientId", client.toString(), "programCode", "AP", "ownerOrg", "REGION",
                "startedOn", today.minusDays(100).toString(), "returning", false)));
        programEvents.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, Map.of("enrollmentId",
                enrollment.toString(), "clientId", client.toString(), "programCode", "AP", "ownerOrg", "REGION",
                "completedOn", today.minusDays(10).toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scheduled = (List<Map<String, Object>>) body(call(HttpRequest.GET(
                "/api/followup/enrollments/" + enrollment + "/follow-ups"), THERAPIST_REGION)).get("items");
        scheduled.forEach(f -> followUps.put((String) f.get("kind"), (String) f.get("id")));
        assertThat(followUps).containsOnlyKeys("BASELINE", "END", "MONTHS_6", "MONTHS_12");

        assertThat(call(HttpRequest.POST("/api/followup/life-situations", lifeSituation(followUps.get("BASELINE"))),
                THERAPIST_REGION).code()).isEqualTo(201);
        form = (String) created(call(HttpRequest.POST("/api/followup/life-situations", lifeSituation(null)),
                THERAPIST_REGION)).get("id");
        audit = (String) created(call(HttpRequest.POST("/api/followup/assessments", Map.of("clientId",
                client.toString(), "instrument", "AUDIT", "answers", List.of(2, 2, 1, 1, 0, 0, 0, 0, 0, 0))),
                THERAPIST_REGION)).get("id");
        dudit = (String) created(call(HttpRequest.POST("/api/followup/assessments", Map.of("clientId",
                client.toString(), "instrument", "DUDIT", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2))),
                THERAPIST_REGION)).get("id");

        grant("REGION", "SOCIAL");
        sip = (String) created(call(HttpRequest.POST("/api/followup/sips", Map.of("clientId", client.toString(),
                "reviewOn", today.plusMonths(2).toString())), THERAPIST_REGION)).get("id");
        String participant = (String) created(call(HttpRequest.POST("/api/followup/sips/" + sip + "/participants",
                Map.of("name", "Klienten", "function", "Själv", "party", "CLIENT")), THERAPIST_REGION)).get("id");
        String task = (String) created(call(HttpRequest.POST("/api/followup/sips/" + sip + "/tasks", Map.of(
                "what", "Ringa hyresvärden", "participantId", participant)), THERAPIST_REGION)).get("id");
        created(call(HttpRequest.POST("/api/followup/sips/" + sip + "/tasks", Map.of(
                "what", "Söka arbetsträning", "participantId", participant)), THERAPIST_REGION));
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + sip + "/tasks/" + task, Map.of("done", true)),
                THERAPIST_REGION).code()).isEqualTo(200);
        // followed up, so the plan is no longer open (StatsTest counts the open plans of the whole database)
        assertThat(call(HttpRequest.POST("/api/followup/sips/" + sip, Map.of("status", "FOLLOWED_UP",
                "adherence", "LARGELY")), THERAPIST_REGION).code()).isEqualTo(200);

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        noFirstVisit = alert(BetweenChairsRule.Type.NO_FIRST_VISIT, "REGION", now.minus(2, ChronoUnit.DAYS),
                AlertStatus.OPEN);
        inpatient = alert(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE, "REGION", now.minus(20, ChronoUnit.DAYS),
                AlertStatus.ACKNOWLEDGED);
        closed = alert(BetweenChairsRule.Type.PROGRAMME_END_WITHOUT_FOLLOW_UP, "REGION", now.minus(5, ChronoUnit.DAYS),
                AlertStatus.CLOSED);
        housingLost = alert(BetweenChairsRule.Type.HOUSING_LOST, "KOMMUN", now.minus(30, ChronoUnit.DAYS),
                AlertStatus.OPEN);
    }

    @Test
    void theOwningBodyWithACareRelationshipSeesEveryStepNewestFirst() {
        TimelinePage page = timeline(client, "", THERAPIST_REGION);

        assertThat(page.more()).isFalse();
        assertThat(page.entries()).hasSize(REGION_FOLLOWUP + REGION_CARE).isSortedAccordingTo(TimelineQuery.NEWEST_FIRST);
        assertThat(page.entries()).extracting(TimelineEntry::body).containsOnly(Org.REGION);
        assertThat(page.withheld()).as("the Kommun's housing alert, without a consent to the Region")
                .containsExactly(new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "CONSENT_REQUIRED", 1));
        Map<String, TimelineEntry> byId = new HashMap<>();
        page.entries().forEach(e -> byId.put(e.id(), e));

        TimelineEntry auditScore = byId.get("assessment/" + audit);
        assertThat(auditScore.kind()).isEqualTo(TimelineKind.ASSESSMENT);
        assertThat(auditScore.label()).isEqualTo("AUDIT");
        assertThat(auditScore.status()).isEqualTo("ZONE_I");
        assertThat(auditScore.value()).isEqualTo(6);
        assertThat(auditScore.of()).isEqualTo(40);
        assertThat(auditScore.wholeDay()).isFalse();
        TimelineEntry duditScore = byId.get("assessment/" + dudit);
        assertThat(duditScore.label()).isEqualTo("DUDIT");
        assertThat(duditScore.value()).isEqualTo(13);
        assertThat(duditScore.of()).isEqualTo(44);
        assertThat(duditScore.at()).isAfter(auditScore.at());

        TimelineEntry baseline = byId.get("follow-up/" + followUps.get("BASELINE"));
        assertThat(baseline.kind()).isEqualTo(TimelineKind.FOLLOWUP);
        assertThat(baseline.label()).isEqualTo("BASELINE");
        assertThat(baseline.status()).isEqualTo("DONE");
        assertThat(baseline.wholeDay()).as("answered at a moment").isFalse();
        assertThat(baseline.at()).isAfter(ClinicTime.startOf(today));
        assertThat(baseline.link()).isNull();
        TimelineEntry end = byId.get("follow-up/" + followUps.get("END"));
        assertThat(end.status()).isEqualTo("OVERDUE");
        assertThat(end.wholeDay()).isTrue();
        assertThat(end.at()).isEqualTo(ClinicTime.startOf(today.minusDays(10)));
        assertThat(end.link()).isEqualTo("/followup/follow-ups/" + followUps.get("END") + "/form");
        assertThat(byId.get("follow-up/" + followUps.get("MONTHS_6")).status()).isEqualTo("DUE");
        assertThat(byId.get("follow-up/" + followUps.get("MONTHS_12")).status()).isEqualTo("DUE");
        assertThat(page.entries().get(0).id()).as("the furthest due first").isEqualTo("follow-up/" + followUps.get("MONTHS_12"));
        TimelineEntry offSchedule = byId.get("life-situation/" + form);
        assertThat(offSchedule.kind()).isEqualTo(TimelineKind.FOLLOWUP);
        assertThat(offSchedule.status()).isEqualTo("DONE");
        assertThat(offSchedule.label()).isEqualTo("LIFE_SITUATION");
        assertThat(page.entries()).extracting(TimelineEntry::id).as("a form answering a follow-up is that follow-up")
                .filteredOn(id -> id.startsWith("life-situation/")).hasSize(1);

        TimelineEntry plan = byId.get("sip/" + sip);
        assertThat(plan.kind()).isEqualTo(TimelineKind.SIP);
        assertThat(plan.status()).isEqualTo("FOLLOWED_UP");
        assertThat(plan.value()).isEqualTo(1);
        assertThat(plan.of()).isEqualTo(2);
        assertThat(plan.link()).isEqualTo("/followup/sips/" + sip);

        TimelineEntry open = byId.get("between-chairs-alert/" + noFirstVisit.id());
        assertThat(open.kind()).isEqualTo(TimelineKind.ALERT);
        assertThat(open.status()).isEqualTo("OPEN");
        assertThat(open.label()).isEqualTo("NO_FIRST_VISIT");
        assertThat(open.at()).isEqualTo(noFirstVisit.since());
        assertThat(byId.get("between-chairs-alert/" + inpatient.id()).status()).isEqualTo("ACKNOWLEDGED");
        assertThat(byId).as("a closed alert is not on the timeline")
                .doesNotContainKey("between-chairs-alert/" + closed.id());

        assertThat(timeline(UUID.randomUUID(), "", THERAPIST_REGION).entries()).isEmpty();
    }

    @Test
    void kindAndBodyFilterAndTheCursorLeadsOnePageAtATime() {
        assertThat(timeline(client, "?kind=ASSESSMENT", THERAPIST_REGION).entries()).extracting(TimelineEntry::id)
                .containsExactly("assessment/" + dudit, "assessment/" + audit);
        assertThat(timeline(client, "?kind=ALERT", THERAPIST_REGION).entries()).extracting(TimelineEntry::id)
                .containsExactly("between-chairs-alert/" + noFirstVisit.id(), "between-chairs-alert/" + inpatient.id());
        assertThat(timeline(client, "?kind=SIP", THERAPIST_REGION).entries()).hasSize(1);
        assertThat(timeline(client, "?kind=FOLLOWUP", THERAPIST_REGION).entries()).hasSize(5)
                .extracting(TimelineEntry::kind).containsOnly(TimelineKind.FOLLOWUP);
        TimelinePage kommun = timeline(client, "?body=KOMMUN", THERAPIST_REGION);
        assertThat(kommun.entries()).isEmpty();
        assertThat(kommun.withheld()).containsExactly(
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "CONSENT_REQUIRED", 1));
        TimelinePage region = timeline(client, "?body=REGION", THERAPIST_REGION);
        assertThat(region.entries()).hasSize(REGION_FOLLOWUP + REGION_CARE);
        assertThat(region.withheld()).isEmpty();

        List<TimelineEntry> all = timeline(client, "", THERAPIST_REGION).entries();
        TimelinePage first = timeline(client, "?limit=1", THERAPIST_REGION);
        assertThat(first.entries()).containsExactly(all.get(0));
        assertThat(first.more()).isTrue();
        TimelinePage second = timeline(client, "?limit=1&before=" + TimelineQuery.cursorAfter(first.entries().get(0)),
                THERAPIST_REGION);
        assertThat(second.entries()).containsExactly(all.get(1));
        assertThat(second.more()).isTrue();

        List<TimelineEntry> walked = new ArrayList<>();
        String query = "?limit=3";
        for (int pages = 0; pages < 10; pages++) {
            TimelinePage page = timeline(client, query, THERAPIST_REGION);
            walked.addAll(page.entries());
            if (!page.more()) {
                break;
            }
            query = "?limit=3&before=" + TimelineQuery.cursorAfter(page.entries().get(page.entries().size() - 1));
        }
        assertThat(walked).containsExactlyElementsOf(all);
    }

    @Test
    void theOtherBodySeesNothingWithoutConsentAndIsToldWhatIsWithheld() {
        UUID other = client("FEMALE", 33);
        String score = (String) created(call(HttpRequest.POST("/api/followup/assessments", Map.of("clientId",
                other.toString(), "instrument", "AUDIT", "answers", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4))),
                THERAPIST_REGION)).get("id");
        Alert alert = alert(other, BetweenChairsRule.Type.NO_FIRST_VISIT, "REGION", Instant.now().minus(1,
                ChronoUnit.DAYS), AlertStatus.OPEN);

        TimelinePage refused = timeline(other, "", THERAPIST_KOMMUN);
        assertThat(refused.entries()).isEmpty();
        assertThat(refused.withheld()).containsExactlyInAnyOrder(
                new TimelineWithheld(Org.REGION, DataCategory.FOLLOWUP, "CONSENT_REQUIRED", 1),
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "CONSENT_REQUIRED", 1));

        consents.apply(new ConsentGranted(UUID.randomUUID(), other, List.of("KOMMUN"), List.of("FOLLOWUP"),
                "CARE_COORDINATION", "WRITTEN", today.plusMonths(6), Instant.now()));
        TimelinePage followupOnly = timeline(other, "", THERAPIST_KOMMUN);
        assertThat(followupOnly.entries()).extracting(TimelineEntry::id).containsExactly("assessment/" + score);
        assertThat(followupOnly.entries().get(0).value()).isEqualTo(40);
        assertThat(followupOnly.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "CONSENT_REQUIRED", 1));

        consents.apply(new ConsentGranted(UUID.randomUUID(), other, List.of("KOMMUN"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", today.plusMonths(6), Instant.now()));
        TimelinePage both = timeline(other, "", THERAPIST_KOMMUN);
        assertThat(both.entries()).extracting(TimelineEntry::id)
                .containsExactly("assessment/" + score, "between-chairs-alert/" + alert.id());
        assertThat(both.withheld()).isEmpty();

        // under the consent, need-to-know still holds inside the Kommun: a team that does not work with the client
        assertThat(timeline(other, "", THERAPIST_KOMMUN_ELSEWHERE).withheld()).containsExactlyInAnyOrder(
                new TimelineWithheld(Org.REGION, DataCategory.FOLLOWUP, "NEED_TO_KNOW", 1),
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "NEED_TO_KNOW", 1));
    }

    @Test
    void theOwningBodysStaffWithoutACareRelationshipAreRefusedOnNeedToKnow() {
        TimelinePage refused = timeline(client, "", THERAPIST_REGION_ELSEWHERE);
        assertThat(refused.entries()).isEmpty();
        assertThat(refused.withheld()).containsExactlyInAnyOrder(
                new TimelineWithheld(Org.REGION, DataCategory.FOLLOWUP, "NEED_TO_KNOW", REGION_FOLLOWUP),
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "NEED_TO_KNOW", REGION_CARE),
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "CONSENT_REQUIRED", 1));

        TimelinePage kommun = timeline(client, "", THERAPIST_KOMMUN_ELSEWHERE);
        assertThat(kommun.entries()).isEmpty();
        assertThat(kommun.withheld()).contains(
                new TimelineWithheld(Org.KOMMUN, DataCategory.HOUSING, "NEED_TO_KNOW", 1));
        assertThat(timeline(client, "?kind=ALERT&body=KOMMUN", THERAPIST_KOMMUN).entries())
                .as("the Kommun's own team that works with the client").extracting(TimelineEntry::id)
                .containsExactly("between-chairs-alert/" + housingLost.id());
    }

    /**
     * A frequent attender is an open alert of the body whose own episodes raised it, with their count; a body's part
     * never rests on the other body's episodes, so the Kommun's two acute visits raise nothing of their own.
     */
    @Test
    void aFrequentAttenderIsAnOpenAlertOfTheBodyWhoseEpisodesRaisedIt() {
        UUID attender = client("MALE", 52);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < 4; i++) {
            intakeContacts.handle(contact(attender, "INPATIENT_EPISODE", "REGION", now.minus(20L * i + 3, ChronoUnit.DAYS)));
        }
        // outside the rolling twelve months, and another kind of contact: neither counts
        intakeContacts.handle(contact(attender, "INPATIENT_EPISODE", "REGION", now.minus(400, ChronoUnit.DAYS)));
        intakeContacts.handle(contact(attender, "REPORT", "REGION", now.minus(1, ChronoUnit.DAYS)));
        for (int i = 0; i < 2; i++) {
            intakeContacts.handle(contact(attender, "ACUTE_VISIT", "KOMMUN", now.minus(i + 1, ChronoUnit.DAYS)));
        }

        TimelinePage region = timeline(attender, "?kind=ALERT", THERAPIST_REGION);
        assertThat(region.entries()).hasSize(1);
        TimelineEntry alert = region.entries().get(0);
        assertThat(alert.id()).isEqualTo("frequent-attender/" + attender + "/REGION");
        assertThat(alert.body()).isEqualTo(Org.REGION);
        assertThat(alert.label()).isEqualTo("FREQUENT_ATTENDER");
        assertThat(alert.status()).isEqualTo("OPEN");
        assertThat(alert.value()).isEqualTo(4);
        assertThat(alert.at()).as("as of the latest episode").isEqualTo(now.minus(3, ChronoUnit.DAYS));
        assertThat(region.withheld()).isEmpty();

        TimelinePage kommun = timeline(attender, "?kind=ALERT", THERAPIST_KOMMUN);
        assertThat(kommun.entries()).isEmpty();
        assertThat(kommun.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "CONSENT_REQUIRED", 1));

        for (int i = 0; i < 5; i++) {
            intakeContacts.handle(contact(attender, "ACUTE_VISIT", "KOMMUN", now.minus(i + 10, ChronoUnit.DAYS)));
        }
        TimelinePage seven = timeline(attender, "?kind=ALERT&body=KOMMUN", THERAPIST_KOMMUN);
        assertThat(seven.entries()).extracting(e -> e.label() + " " + e.value() + " " + e.body())
                .containsExactly("FREQUENT_ATTENDER 7 KOMMUN");
        assertThat(timeline(attender, "?kind=ALERT", THERAPIST_REGION_ELSEWHERE).withheld()).contains(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "NEED_TO_KNOW", 1),
                new TimelineWithheld(Org.KOMMUN, DataCategory.SOCIAL, "CONSENT_REQUIRED", 1));
    }

    @Test
    void tokensThatDoNoClientWorkAreRefused() {
        String route = "/api/followup/clients/" + client + "/timeline";
        assertThat(call(HttpRequest.GET(route), TestTokens.service()).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(route), STEERING).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(route), TestTokens.token("researcher", Org.REGION, "RESEARCHER")).code())
                .isEqualTo(403);
        assertThat(call(HttpRequest.GET(route), null).code()).isEqualTo(401);
    }

    @Test
    void everyStepShownAndWithheldIsInTheAuditLog() {
        UUID audited = client("MALE", 60);
        created(call(HttpRequest.POST("/api/followup/assessments", Map.of("clientId", audited.toString(),
                "instrument", "AUDIT", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0, 0))), THERAPIST_REGION));
        alert(audited, BetweenChairsRule.Type.NO_FIRST_VISIT, "REGION", Instant.now().minus(1, ChronoUnit.DAYS),
                AlertStatus.OPEN);
        timeline(audited, "", THERAPIST_REGION);
        timeline(audited, "", THERAPIST_KOMMUN);
        // a later page (after a step of another service, as the overview's cursor may be) logs no withheld step again
        TimelineEntry elsewhere = new TimelineEntry("appointment/x", Instant.now().plus(1, ChronoUnit.DAYS), false,
                TimelineKind.APPOINTMENT, Org.KOMMUN, null, null, null, null, null);
        assertThat(timeline(audited, "?before=" + TimelineQuery.cursorAfter(elsewhere), THERAPIST_KOMMUN).withheld())
                .hasSize(2);

        List<Map<String, Object>> log = http.toBlocking().retrieve(
                HttpRequest.GET("/api/followup/clients/" + audited + "/access-log")
                        .bearerAuth(TestTokens.token("auditor", null, "AUDITOR")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> rows = log.stream().filter(r -> "TIMELINE".equals(r.get("action"))).toList();
        assertThat(rows).filteredOn(r -> "therapist.region".equals(r.get("username")))
                .extracting(r -> r.get("resource") + " " + r.get("outcome") + " " + r.get("basis"))
                .containsExactlyInAnyOrder("assessment ALLOWED OWNER", "between-chairs-alert ALLOWED OWNER");
        assertThat(rows).filteredOn(r -> "therapist.kommun".equals(r.get("username")))
                .as("withheld steps are logged once, on the first page, not again on the next ones")
                .extracting(r -> r.get("resource") + " " + r.get("outcome"))
                .containsExactlyInAnyOrder("assessment DENIED", "between-chairs-alert DENIED");
    }

    @Test
    void aBadKindOrCursorAnswers400NamingTheParameter() {
        assertBadParameter("?kind=PARTY", "kind");
        assertBadParameter("?before=not-a-cursor", "before");
        assertBadParameter("?body=NOBODY", "body");
        assertBadParameter("?limit=101", "limit");
    }

    @SuppressWarnings("unchecked")
    private void assertBadParameter(String query, String parameter) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/followup/clients/" + client + "/timeline"
                + query), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(r).get("errors");
        assertThat(errors).as(body(r).toString()).extracting(e -> e.get("field")).contains(parameter);
    }

    private TimelinePage timeline(UUID clientId, String query, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/followup/clients/" + clientId + "/timeline" + query)
                .bearerAuth(token), TimelinePage.class);
    }

    /** Intake's ContactRegistered for a known client, as its feed carries it. */
    private static se.huset.contracts.events.FeedEvent contact(UUID client, String kind, String owner, Instant at) {
        UUID contact = UUID.randomUUID();
        return event(EventTypes.CONTACT_REGISTERED, contact, Map.of("contactId", contact.toString(),
                "clientId", client.toString(), "channel", "WALK_IN", "kind", kind, "referrer", "SELF",
                "substances", List.of("ALCOHOL"), "ownerOrg", owner, "registeredAt", at.toString()));
    }

        private Map<String, Object> created(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).as(response.getBody(String.class).orElse("")).isEqualTo(201);
        return body(response);
    }

    private void grant(String to, String category) {
        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of(to), List.of(category),
                "CARE_COORDINATION", "WRITTEN", today.plusMonths(6), Instant.now()));
    }

    private Map<String, Object> lifeSituation(String followUpId) {
        Map<String, Object> form = new HashMap<>(Map.of("clientId", client.toString(), "housing", "OWN",
                "occupation", "WORK", "incomeSource", "WAGES", "alcoholDays", 2, "drugDays", 0, "crime", false,
                "health", 3, "qualityOfLife", 4, "treatment", 4));
        form.put("ownGoal", "PARTLY");
        if (followUpId != null) {
            form.put("followUpId", followUpId);
        }
        return form;
    }

    private Alert alert(BetweenChairsRule.Type type, String org, Instant since, AlertStatus status) {
        return alert(client, type, org, since, status);
    }

    private Alert alert(UUID clientId, BetweenChairsRule.Type type, String org, Instant since, AlertStatus status) {
        Instant at = since.truncatedTo(ChronoUnit.MICROS);
        boolean isClosed = status == AlertStatus.CLOSED;
        boolean seen = status != AlertStatus.OPEN;
        Alert a = new Alert(UUID.randomUUID(), type, UUID.randomUUID(), clientId, org, at.minus(14, ChronoUnit.DAYS),
                at, status, null, seen ? "therapist.region" : null, seen ? at.plusSeconds(60) : null,
                isClosed ? at.plusSeconds(120) : null, isClosed ? "therapist.region" : null,
                isClosed ? CloseReason.CONTACT_MADE : null);
        tx.executeWrite(s -> {
            alerts.insert(a);
            return null;
        });
        return a;
    }
}
