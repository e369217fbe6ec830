package se.huset.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.request.IntakeEvents;
import se.huset.booking.request.WaitingListTest;
import se.huset.contracts.consent.DataCategory;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Booking's part of the client overview's timeline: a client's first-visit requests (WAITING) and appointments
 * (APPOINTMENT), newest first, paged as intake pages them, screened by the consent rule and in the audit log.
 */
@MicronautTest(transactional = false)
class BookingTimelineTest extends BookingTestSupport {

    private static final String STAFF = "timeline.therapist";
    private static final AtomicLong SEQ = new AtomicLong(7000);
    /** Each test's client books its own hours, so the tests never double-book the one therapist. */
    private static final AtomicLong HOUR = new AtomicLong(8);

    @Inject
    IntakeEvents intakeEvents;
    @Inject
    ConsentStore consents;
    @Inject
    CareRelationships relationships;

    /** A client's steps, and the days each request waited as the source counts them. */
    private record History(UUID client, long bookedWaited, long openWaited) {
    }

    /**
     * Triaged 20 days ago and booked now for a first visit last week (attended); a missed appointment last week;
     * triaged again two days ago and still waiting; a follow-up booked in three weeks; an appointment in two weeks the
     * client cancelled. Six steps, all the Region's.
     */
    private History history() {
        calendar(STAFF, Org.REGION, TestTokens.REGION_UNIT);
        UUID client = UUID.randomUUID();
        int hour = (int) HOUR.getAndIncrement();
        Instant now = Instant.now();
        Instant firstTriage = now.minus(Duration.ofDays(20));
        Instant secondTriage = now.minus(Duration.ofDays(2));
        UUID firstContact = UUID.randomUUID();
        intakeEvents.handle(WaitingListTest.triaged(SEQ.incrementAndGet(), firstContact, client, "SOON",
                "BEROENDEENHETEN_OUTPATIENT", firstTriage));
        intakeEvents.handle(WaitingListTest.triaged(SEQ.incrementAndGet(), UUID.randomUUID(), client, "PLANNED",
                "BEROENDEENHETEN_OUTPATIENT", secondTriage));
        String request = requestOf(firstContact);

        LocalDate lastWeek = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        String firstVisit = created(book(RECEPTION_REGION, Map.of("type", "FIRST_VISIT", "clientId", client.toString(),
                "staff", List.of(STAFF), "requestId", request, "start", local(lastWeek.atTime(hour, 0)),
                "end", local(lastWeek.atTime(hour, 30)))));
        String missed = created(book(THERAPIST_REGION, Map.of("type", "INDIVIDUAL", "clientId", client.toString(),
                "staff", List.of(STAFF), "start", local(lastWeek.plusDays(1).atTime(hour, 0)),
                "end", local(lastWeek.plusDays(1).atTime(hour, 30)))));
        created(book(THERAPIST_REGION, Map.of("type", "FOLLOW_UP", "clientId", client.toString(),
                "staff", List.of(STAFF), "start", at(3, DayOfWeek.MONDAY, hour, 0), "end", at(3, DayOfWeek.MONDAY, hour, 30))));
        String cancelled = created(book(THERAPIST_REGION, Map.of("type", "INDIVIDUAL", "clientId", client.toString(),
                "staff", List.of(STAFF), "start", at(2, DayOfWeek.MONDAY, hour, 0), "end", at(2, DayOfWeek.MONDAY, hour, 30))));
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + firstVisit + "/attended", Map.of()),
                THERAPIST_REGION).code()).isEqualTo(200);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + missed + "/no-show", Map.of()),
                THERAPIST_REGION).code()).isEqualTo(200);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + cancelled + "/cancel", Map.of("by", "CLIENT")),
                THERAPIST_REGION).code()).isEqualTo(200);
        Instant after = Instant.now();
        return new History(client, days(firstTriage, after), days(secondTriage, after));
    }

    @Test
    void theOwningBodySeesEveryRequestAndAppointmentNewestFirst() throws Exception {
        History h = history();
        relationships.start(h.client(), CareRelationships.unitParty(TestTokens.REGION_UNIT), "CONTACT_UNIT", "test",
                "REGION", Instant.now());

        TimelinePage page = timeline(h.client(), "", THERAPIST_REGION);
        assertThat(page.withheld()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.entries()).extracting(TimelineEntry::kind, TimelineEntry::label, TimelineEntry::status,
                        TimelineEntry::value, TimelineEntry::of, TimelineEntry::body)
                .containsExactly(
                        tuple(TimelineKind.APPOINTMENT, "FOLLOW_UP", "BOOKED", null, null, Org.REGION),
                        tuple(TimelineKind.APPOINTMENT, "INDIVIDUAL", "CANCELLED_BY_CLIENT", null, null, Org.REGION),
                        tuple(TimelineKind.WAITING, "PLANNED", "OPEN", (int) h.openWaited(), null, Org.REGION),
                        tuple(TimelineKind.APPOINTMENT, "INDIVIDUAL", "NO_SHOW", null, null, Org.REGION),
                        tuple(TimelineKind.APPOINTMENT, "FIRST_VISIT", "ATTENDED", null, null, Org.REGION),
                        tuple(TimelineKind.WAITING, "SOON", "BOOKED", (int) h.bookedWaited(), null, Org.REGION));
        assertThat(h.bookedWaited()).isGreaterThanOrEqualTo(20);
        assertThat(page.entries()).isSortedAccordingTo(TimelineQuery.NEWEST_FIRST);
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.wholeDay()).isFalse());
        TimelineEntry waiting = page.entries().get(2);
        assertThat(waiting.id()).startsWith("request/");
        assertThat(waiting.link()).isEqualTo("/booking/waiting-list/" + waiting.id().substring("request/".length()));
        assertThat(page.entries().get(5).link()).as("booked: off the waiting list").isNull();
        TimelineEntry missed = page.entries().get(3);
        assertThat(missed.id()).startsWith("appointment/");
        assertThat(missed.link()).isEqualTo("/booking/day?staff=" + STAFF + "&date="
                + missed.at().atZone(ClinicTime.ZONE).toLocalDate());

        assertThat(auditRows(h.client(), "therapist.region")).as("every step shown is in the audit log")
                .containsExactlyInAnyOrderElementsOf(page.entries().stream()
                        .map(e -> e.id() + " OWNER ALLOWED").toList());

        String colleague = TestTokens.ofUnit("psykiatrin.terapeut", Org.REGION, "Psykiatrimottagningen", "THERAPIST");
        TimelinePage bodyWide = timeline(h.client(), "", colleague);
        assertThat(bodyWide.entries()).as("bookings are for all the body's client-work staff, not need-to-know")
                .containsExactlyElementsOf(page.entries());
        assertThat(bodyWide.withheld()).isEmpty();
        assertThat(auditRows(h.client(), "psykiatrin.terapeut")).hasSize(6)
                .allSatisfy(r -> assertThat(r).endsWith(" FRONT_DESK ALLOWED"));
    }

    @Test
    void kindFiltersAndTheCursorLeadsThroughEveryStepOnce() {
        History h = history();
        List<TimelineEntry> all = timeline(h.client(), "", RECEPTION_REGION).entries();
        assertThat(all).hasSize(6);

        assertThat(timeline(h.client(), "?kind=WAITING", RECEPTION_REGION).entries())
                .extracting(TimelineEntry::kind, TimelineEntry::label).containsExactly(
                        tuple(TimelineKind.WAITING, "PLANNED"), tuple(TimelineKind.WAITING, "SOON"));
        assertThat(timeline(h.client(), "?kind=APPOINTMENT", RECEPTION_REGION).entries()).hasSize(4)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(TimelineKind.APPOINTMENT));
        assertThat(timeline(h.client(), "?kind=ENROLMENT", RECEPTION_REGION).entries()).isEmpty();
        assertThat(timeline(h.client(), "?body=KOMMUN", RECEPTION_REGION).entries()).isEmpty();
        assertThat(timeline(h.client(), "?body=REGION", RECEPTION_REGION).entries()).hasSize(6);

        TimelinePage first = timeline(h.client(), "?limit=1", RECEPTION_REGION);
        assertThat(first.entries()).containsExactly(all.get(0));
        assertThat(first.more()).isTrue();
        TimelinePage second = timeline(h.client(), "?limit=1&before=" + enc(TimelineQuery.cursorAfter(all.get(0))),
                RECEPTION_REGION);
        assertThat(second.entries()).containsExactly(all.get(1));
        assertThat(second.more()).isTrue();

        List<TimelineEntry> walked = new ArrayList<>();
        TimelinePage p = timeline(h.client(), "?limit=4", RECEPTION_REGION);
        walked.addAll(p.entries());
        assertThat(p.more()).isTrue();
        p = timeline(h.client(), "?limit=4&before=" + enc(TimelineQuery.cursorAfter(walked.get(walked.size() - 1))),
                RECEPTION_REGION);
        walked.addAll(p.entries());
        assertThat(p.more()).isFalse();
        assertThat(walked).containsExactlyElementsOf(all);

        TimelinePage last = timeline(h.client(), "?kind=WAITING&before=" + enc(TimelineQuery.cursorAfter(all.get(2))),
                RECEPTION_REGION);
        assertThat(last.entries()).extracting(TimelineEntry::label).containsExactly("SOON");
    }

    @Test
    void theOtherBodySeesNothingWithoutConsentAndIsToldWhatIsWithheld() throws Exception {
        History h = history();
        TimelinePage refused = timeline(h.client(), "", THERAPIST_KOMMUN);
        assertThat(refused.entries()).isEmpty();
        assertThat(refused.more()).isFalse();
        assertThat(refused.withheld()).containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.APPOINTMENTS, "CONSENT_REQUIRED", 6));
        assertThat(auditRows(h.client(), "therapist.kommun")).hasSize(6)
                .allSatisfy(r -> assertThat(r).endsWith(" CONSENT_REQUIRED DENIED"));
        TimelinePage later = timeline(h.client(), "?before=" + enc(TimelineQuery.cursorAfter(
                timeline(h.client(), "?limit=1", THERAPIST_REGION).entries().get(0))), THERAPIST_KOMMUN);
        assertThat(later.withheld()).as("named on every page").containsExactly(
                new TimelineWithheld(Org.REGION, DataCategory.APPOINTMENTS, "CONSENT_REQUIRED", 6));
        assertThat(auditRows(h.client(), "therapist.kommun")).as("withheld steps are logged once, on the first page")
                .hasSize(6);

        consents.apply(new ConsentGranted(UUID.randomUUID(), h.client(), List.of("KOMMUN"), List.of("HOUSING"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(timeline(h.client(), "", THERAPIST_KOMMUN).entries()).as("a consent for another category")
                .isEmpty();

        UUID consent = UUID.randomUUID();
        consents.apply(new ConsentGranted(consent, h.client(), List.of("KOMMUN"), List.of("APPOINTMENTS"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        TimelinePage shown = timeline(h.client(), "", THERAPIST_KOMMUN);
        assertThat(shown.withheld()).isEmpty();
        assertThat(shown.entries()).as("bookings need no care relationship once consented")
                .containsExactlyElementsOf(timeline(h.client(), "", THERAPIST_REGION).entries());
        assertThat(auditRows(h.client(), "therapist.kommun")).filteredOn(r -> r.endsWith(" ALLOWED")).hasSize(6)
                .allSatisfy(r -> assertThat(r).endsWith(" CONSENT:" + consent + " ALLOWED"));

        assertThat(call(HttpRequest.GET(path(h.client(), "")), TestTokens.service()).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(path(h.client(), "")), STEERING).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET(path(h.client(), "")), null).code()).isEqualTo(401);
    }

    @Test
    void aBadKindBeforeOrLimitIsRefusedNamingTheParameter() {
        UUID client = UUID.randomUUID();
        assertBad(path(client, "?kind=HOLIDAY"), "kind");
        assertBad(path(client, "?before=not-a-cursor"), "before");
        assertBad(path(client, "?body=NOWHERE"), "body");
        assertBad(path(client, "?limit=0"), "limit");
        assertThat(timeline(client, "", THERAPIST_REGION)).isEqualTo(new TimelinePage(List.of(), List.of(), false));
    }

    private void assertBad(String path, String field) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET(path), THERAPIST_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(String.valueOf(body(r).get("errors"))).contains("field=" + field);
    }

    private TimelinePage timeline(UUID client, String query, String token) {
        try {
            return http.toBlocking().retrieve(HttpRequest.GET(path(client, query)).bearerAuth(token), TimelinePage.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""), e);
        }
    }

    private static String path(UUID client, String query) {
        return "/api/booking/clients/" + client + "/timeline" + query;
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

    private String requestOf(UUID contact) {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select id from first_visit_request where contact_id = ?")) {
            ps.setObject(1, contact);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the triage made a request").isTrue();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String created(HttpResponse<Map<String, Object>> r) {
        assertThat(r.code()).as(r.getBody(String.class).orElse("")).isEqualTo(201);
        return (String) body(r).get("id");
    }

    private static long days(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(from.atZone(ClinicTime.ZONE).toLocalDate(), to.atZone(ClinicTime.ZONE).toLocalDate());
    }

    private static String local(LocalDateTime t) {
        return t.atZone(ClinicTime.ZONE).toOffsetDateTime().toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
