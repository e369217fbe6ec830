package se.huset.programs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.consent.DataCategory;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Programs' part of the client overview's timeline: a client's enrolments with their attendance, newest first,
 * paged as intake pages them, screened by the consent rule and need-to-know (care records) and in the audit log.
 */
@MicronautTest(transactional = false)
class ProgramsTimelineTest extends ProgramsTestSupport {

    private static final String PSYCHIATRY = TestTokens.ofUnit("psyk.tidslinje", Org.REGION, "Psykiatrin", "THERAPIST");

    @Inject
    ConsentStore consents;

    /**
     * A Region client of the addiction unit: in an ÅP group since today, present at two of the three sessions held
     * (the fourth is next week); referred to MI/MET yesterday; a CRA course started 40 days ago, completed 30 days
     * ago.
     */
    private UUID history() throws Exception {
        UUID client = UUID.randomUUID();
        facts.apply(new ClientRegistered(client, "REGION", LocalDate.now().minusYears(40), "F"));
        careRelationships.start(client, CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", Instant.now());
        LocalDate today = LocalDate.now(ClinicTime.ZONE);

        UUID group = groupBegun("ÅP " + client, 4);
        String inGroup = active(THERAPIST_REGION, client, "AP", group);
        List<String> sessions = sessions(group);
        attend(group, sessions.get(0), inGroup, "PRESENT");
        attend(group, sessions.get(1), inGroup, "ABSENT");
        attend(group, sessions.get(2), inGroup, "PRESENT");

        String referred = (String) body(enroll(THERAPIST_REGION, client, "MI", null)).get("id");
        dates(referred, today.minusDays(1), null);
        String completed = active(THERAPIST_REGION, client, "CRA", null);
        step(THERAPIST_REGION, completed, "complete", 200);
        dates(completed, today.minusDays(40), today.minusDays(30));
        return client;
    }

    @Test
    void theClientsTherapistSeesEveryEnrolmentWithItsAttendanceNewestFirst() throws Exception {
        UUID client = history();
        LocalDate today = LocalDate.now(ClinicTime.ZONE);

        TimelinePage page = timeline(client, "", THERAPIST_REGION);
        assertThat(page.withheld()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.entries()).extracting(TimelineEntry::kind, TimelineEntry::label, TimelineEntry::status,
                        TimelineEntry::value, TimelineEntry::of, TimelineEntry::at, TimelineEntry::body)
                .containsExactly(
                        tuple(TimelineKind.ENROLMENT, "ÅP – återfallsprevention", "ACTIVE", 2, 3,
                                ClinicTime.startOf(today), Org.REGION),
                        tuple(TimelineKind.ENROLMENT, "MI/MET", "REFERRED", null, null,
                                ClinicTime.startOf(today.minusDays(1)), Org.REGION),
                        tuple(TimelineKind.ENROLMENT, "CRA", "COMPLETED", null, null,
                                ClinicTime.startOf(today.minusDays(40)), Org.REGION));
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.wholeDay()).isTrue();
            assertThat(e.id()).startsWith("enrollment/");
            assertThat(e.link()).isEqualTo("/programs/clients/" + client);
        });
        assertThat(auditRows(client, "therapist.region")).as("every step shown is in the audit log")
                .containsExactlyInAnyOrderElementsOf(page.entries().stream().map(e -> e.id() + " OWNER ALLOWED").toList());
    }

    /** Sessions held before a late joiner started, or after a drop-out ended, were not theirs to attend. */
    @Test
    void aLateJoinerAndADropOutAreCountedOnlyForTheSessionsThatWereTheirs() throws Exception {
        UUID client = UUID.randomUUID();
        facts.apply(new ClientRegistered(client, "REGION", LocalDate.now().minusYears(30), "M"));
        careRelationships.start(client, CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", Instant.now());
        LocalDate today = LocalDate.now(ClinicTime.ZONE);
        UUID group = groupBegun("Sen ÅP " + client, 4);
        String late = active(THERAPIST_REGION, client, "AP", group);
        sql("update enrollment set started_on = ? where id = ?::uuid", today.minusDays(10), late);
        attend(group, sessions(group).get(1), late, "PRESENT");
        assertThat(timeline(client, "", THERAPIST_REGION).entries()).singleElement()
                .satisfies(e -> assertThat(List.of(e.value(), e.of())).as("sessions 2 and 3 of 3 held").containsExactly(1, 2));

        assertThat(call(HttpRequest.POST("/api/programs/enrollments/" + late + "/drop-out",
                Map.of("reason", "flyttade")), THERAPIST_REGION).code()).isEqualTo(200);
        sql("update enrollment set ended_on = ? where id = ?::uuid", today.minusDays(3), late);
        assertThat(timeline(client, "", THERAPIST_REGION).entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("DROPPED_OUT");
            assertThat(List.of(e.value(), e.of())).as("session 2 only: 3 came after they left").containsExactly(1, 1);
        });
    }

    @Test
    void kindFiltersAndTheCursorLeadsThroughEveryStepOnce() throws Exception {
        UUID client = history();
        List<TimelineEntry> all = timeline(client, "", THERAPIST_REGION).entries();
        assertThat(all).hasSize(3);
        assertThat(timeline(client, "?kind=ENROLMENT", THERAPIST_REGION).entries()).containsExactlyElementsOf(all);
        assertThat(timeline(client, "?kind=APPOINTMENT", THERAPIST_REGION).entries()).isEmpty();
        assertThat(timeline(client, "?body=KOMMUN", THERAPIST_REGION).entries()).isEmpty();

        TimelinePage first = timeline(client, "?limit=1", THERAPIST_REGION);
        assertThat(first.entries()).containsExactly(all.get(0));
        assertThat(first.more()).isTrue();
        TimelinePage second = timeline(client, "?limit=1&before=" + enc(TimelineQuery.cursorAfter(all.get(0))),
                THERAPIST_REGION);
        assertThat(second.entries()).containsExactly(all.get(1));
        assertThat(second.more()).isTrue();
        TimelinePage rest = timeline(client, "?limit=2&before=" + enc(TimelineQuery.cursorAfter(all.get(1))),
                THERAPIST_REGION);
        assertThat(rest.entries()).containsExactly(all.get(2));
        assertThat(rest.more()).isFalse();
    }

    @Test
    void careRecordsAreWithheldFromTheOtherBodyAndFromColleaguesWithoutACareRelationship() throws Exception {
        UUID client = history();
        List<TimelineEntry> all = timeline(client, "", THERAPIST_REGION).entries();

        TimelinePage noConsent = timeline(client, "", THERAPIST_KOMMUN);
        assertThat(noConsent.entries()).isEmpty();
        assertThat(noConsent.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "CONSENT_REQUIRED", 3));
        assertThat(auditRows(client, "therapist.kommun")).hasSize(3)
                .allSatisfy(r -> assertThat(r).endsWith(" CONSENT_REQUIRED DENIED"));

        TimelinePage colleague = timeline(client, "", PSYCHIATRY);
        assertThat(colleague.entries()).as("the same body, another unit, no part in the client's care").isEmpty();
        assertThat(colleague.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "NEED_TO_KNOW", 3));
        assertThat(auditRows(client, "psyk.tidslinje")).hasSize(3)
                .allSatisfy(r -> assertThat(r).endsWith(" NEED_TO_KNOW DENIED"));

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("KOMMUN"), List.of("APPOINTMENTS"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(timeline(client, "", THERAPIST_KOMMUN).withheld()).as("a consent for other data").containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "CONSENT_REQUIRED", 3));

        UUID consent = UUID.randomUUID();
        consents.apply(new ConsentGranted(consent, client, List.of("KOMMUN"), List.of("CARE"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        TimelinePage consentedUnrelated = timeline(client, "", THERAPIST_KOMMUN);
        assertThat(consentedUnrelated.entries()).as("consent opens the body, need-to-know still holds").isEmpty();
        assertThat(consentedUnrelated.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.CARE, "NEED_TO_KNOW", 3));

        careRelationships.start(client, CareRelationships.unitParty(TestTokens.KOMMUN_UNIT), "CONTACT_UNIT", "test",
                "KOMMUN", Instant.now());
        TimelinePage shared = timeline(client, "", THERAPIST_KOMMUN);
        assertThat(shared.withheld()).isEmpty();
        assertThat(shared.entries()).containsExactlyElementsOf(all);
        assertThat(auditRows(client, "therapist.kommun")).filteredOn(r -> r.endsWith(" ALLOWED")).hasSize(3)
                .allSatisfy(r -> assertThat(r).endsWith(" CONSENT:" + consent + " ALLOWED"));

        assertThat(call(HttpRequest.GET(path(client, "")), TestTokens.service()).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(path(client, "")), STEERING).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(path(client, "")), null).code()).isEqualTo(401);
    }

    @Test
    void aBadKindOrBeforeIsRefusedNamingTheParameter() {
        UUID client = UUID.randomUUID();
        assertBad(path(client, "?kind=HOLIDAY"), "kind");
        assertBad(path(client, "?before=not-a-cursor"), "before");
        assertBad(path(client, "?limit=101"), "limit");
        assertThat(timeline(client, "", THERAPIST_REGION)).isEqualTo(new TimelinePage(List.of(), List.of(), false));
    }

    private void assertBad(String path, String field) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET(path), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(String.valueOf(body(r).get("errors"))).contains("field=" + field);
    }

    /** An ÅP group of the Region whose weekly sessions began two weeks ago, two hours before this time of day. */
    private UUID groupBegun(String name, int sessions) {
        OffsetDateTime start = ZonedDateTime.now(ClinicTime.ZONE).minusDays(14).minusHours(2)
                .truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
        Map<String, Object> body = new HashMap<>();
        body.put("programCode", "AP");
        body.put("name", name);
        body.put("facilitators", List.of(facilitator("therapist.region", Org.REGION)));
        body.put("capacity", 12);
        body.put("intake", "ROLLING");
        body.put("roomId", UUID.randomUUID().toString());
        body.put("start", start.toString());
        body.put("end", start.plusMinutes(90).toString());
        body.put("sessions", sessions);
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/programs/groups", body), THERAPIST_REGION);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(201);
        return UUID.fromString((String) body(r).get("id"));
    }

    @SuppressWarnings("unchecked")
    private List<String> sessions(UUID group) {
        Map<String, Object> g = body(call(HttpRequest.GET("/api/programs/groups/" + group), THERAPIST_REGION));
        return ((List<Map<String, Object>>) g.get("sessions")).stream()
                .sorted(java.util.Comparator.comparing(s -> ((Number) s.get("occurrence")).intValue()))
                .map(s -> (String) s.get("id")).toList();
    }

    private void attend(UUID group, String session, String enrollment, String status) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.PUT("/api/programs/groups/" + group + "/sessions/"
                + session + "/attendance", Map.of("participants", List.of(Map.of("enrollmentId", enrollment,
                "status", status)))), THERAPIST_REGION);
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(200);
    }

    /** Moves an enrollment's referral and start back in time, as if made then. */
    private void dates(String enrollment, LocalDate referredOrStarted, LocalDate ended) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(ended == null
                ? "update enrollment set referred_on = ? where id = ?::uuid"
                : "update enrollment set referred_on = ?::date - 10, started_on = ?, ended_on = ? where id = ?::uuid")) {
            if (ended == null) {
                ps.setDate(1, Date.valueOf(referredOrStarted));
                ps.setString(2, enrollment);
            } else {
                ps.setDate(1, Date.valueOf(referredOrStarted));
                ps.setDate(2, Date.valueOf(referredOrStarted));
                ps.setDate(3, Date.valueOf(ended));
                ps.setString(4, enrollment);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private void sql(String update, LocalDate day, String enrollment) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(update)) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, enrollment);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private TimelinePage timeline(UUID client, String query, String token) {
        try {
            return http.toBlocking().retrieve(HttpRequest.GET(path(client, query)).bearerAuth(token), TimelinePage.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""), e);
        }
    }

    private static String path(UUID client, String query) {
        return "/api/programs/clients/" + client + "/timeline" + query;
    }

    /** The TIMELINE rows of a reader for the client: resource, basis, outcome. */
    private List<String> auditRows(UUID client, String username) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement("""
                select resource, basis, outcome from kit_audit
                where client_id = ? and username = ? and action = 'TIMELINE' order by id""")) {
            ps.setObject(1, client);
            ps.setString(2, username);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return out;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
