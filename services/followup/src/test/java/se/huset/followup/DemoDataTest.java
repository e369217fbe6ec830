package se.huset.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.EventTypes;
import se.huset.followup.alert.BetweenChairs;
import se.huset.followup.demo.FollowupDemoData;
import se.huset.followup.frequent.IntakeContacts;
import se.huset.followup.schedule.BookingEvents;
import se.huset.followup.schedule.ProgramEvents;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.ConsentStore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history on what followup would have read from the other services' feeds: intake's clients, contacts and
 * consents, booking's first visits and programs' enrollments are handed to the real consumers here, as the
 * running service reads them before ./huset loads followup's demo data.
 */
@MicronautTest(transactional = false)
class DemoDataTest extends FollowupTestSupport {

    private static final List<String> PROGRAMS = List.of("AP", "CRA", "MI", "TWELVE_STEP");
    private static final String[] REFERRERS = {"POLICE", "POLICE", "OTHER_PRIVATE", "RELATIVE", "OTHER_HEALTHCARE", "SELF"};

    @Inject
    FollowupDemoData demo;
    @Inject
    BetweenChairs alerts;
    @Inject
    IntakeContacts contacts;
    @Inject
    ProgramEvents programs;
    @Inject
    BookingEvents booking;
    @Inject
    ConsentStore consents;
    @Inject
    AuditLog audit;

    @Override
    protected String databaseName() {
        return "followup_demo";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.demo.feed-wait", "0s");
        return p;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("demo-data-test:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsOnTheFedDataOnceAndASecondRunChangesNothing() throws Exception {
        feedTheOtherServices();
        String scheduled = counts();

        demo.loadOnce();
        String first = counts();
        demo.loadOnce();
        assertThat(counts()).isEqualTo(first);
        // the follow-ups are the ones followup's rules scheduled from the feeds: recorded, none invented
        assertThat(first.split("/")[0]).isEqualTo(scheduled.split("/")[0]).isEqualTo("171");
        assertThat(Integer.parseInt(first.split("/")[1])).as("assessments").isGreaterThan(60);
        assertThat(Integer.parseInt(first.split("/")[2])).as("SIPs: the frequent attenders with both bodies and consent").isEqualTo(4);
        assertThat(Integer.parseInt(first.split("/")[3])).as("forms").isGreaterThan(60);
        assertThat(first.split("/")[4]).as("no contact invented: all are intake's").isEqualTo(scheduled.split("/")[4]);
        assertThat(audit.verify().valid()).isTrue();
        assertThat(historyRows()).as("audit history of the demo scale").isGreaterThan(2_000);
        assertThat(crossBodyReadsWithoutConsent()).isZero();

        theTestUnitsWorkWithEveryClient();
        // anchored to today: a workable few overdue, some due this week; tens of alerts at most, not thousands
        Map<String, Object> due = body(call(HttpRequest.GET("/api/followup/follow-ups/due"), THERAPIST_REGION));
        assertThat(((Number) due.get("overdue")).intValue()).isBetween(1, 10);
        assertThat(((Number) due.get("dueSoon")).intValue()).isBetween(1, 20);
        assertThat(((Number) due.get("withheld")).intValue()).as("intake's clients, nothing withheld").isZero();
        alerts.sweep();
        assertThat(alerts.unclosed()).isLessThan(100);

        Map<String, Object> stats = body(call(HttpRequest.GET("/api/followup/stats"), STEERING));
        Map<String, Object> attenders = (Map<String, Object>) stats.get("frequentAttenders");
        assertThat(((Map<String, Object>) attenders.get("count")).get("value")).isEqualTo(8);
        assertThat(((Map<String, Object>) stats.get("responseRate")).get("value")).isNotEqualTo("<5");
        Map<String, Object> groups = body(call(HttpRequest.GET("/api/followup/reports/frequency-groups"), STEERING));
        assertThat(groups.get("groups").toString()).contains("12+");
        Map<String, Object> outcomes = body(call(HttpRequest.GET("/api/followup/reports/outcomes"), STEERING));
        assertThat(outcomes).containsKeys("AP", "CRA", "MI", "TWELVE_STEP");
        String page = http.toBlocking().retrieve(HttpRequest.GET("/followup/reports").bearerAuth(STEERING));
        assertThat(page).contains("Polisen");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/followup/reports/frequency-groups/csv").bearerAuth(STEERING));
        assertThat(csv.lines().toList()).hasSize(6).first().asString().startsWith("contacts,persons,shareOfPersons");
        // each SIP has its keeper, the client and (the consent names the other body) its colleague, a goal and two tasks
        List<Map<String, Object>> plans = (List<Map<String, Object>>) body(call(HttpRequest.GET("/api/followup/sips"),
                THERAPIST_REGION)).get("items");
        assertThat(plans).isNotEmpty();
        Map<String, Object> plan = body(call(HttpRequest.GET("/api/followup/sips/" + plans.get(0).get("id")), THERAPIST_REGION));
        assertThat((List<Object>) plan.get("participants")).hasSize(3);
        assertThat((List<Object>) plan.get("goals")).hasSize(1);
        assertThat((List<Object>) plan.get("tasks")).hasSize(2);
    }

    /**
     * Sixty clients of intake with seed 003's shape of contacts (eight frequent attenders, four of them with care from
     * both bodies and a consent), 36 enrollments over two years, six that ended in the last three days and three whose 6-month
     * follow-up falls in a few days, and twelve first visits, one of them next week.
     */
    private void feedTheOtherServices() {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        for (int c = 0; c < 60; c++) {
            facts.apply(new ClientRegistered(client(c), c % 3 == 0 ? "KOMMUN" : "REGION", c % 11 == 0 ? null
                    : today.minusYears(20 + c % 45).minusDays(c * 7L), c % 3 == 1 ? "FEMALE" : "MALE"));
            int count = c < 8 ? 8 + c % 3 : c < 30 ? 1 : c < 40 ? 2 : c < 52 ? 3 + c % 4 : c < 58 ? 7 + c % 5 : 13;
            for (int k = 0; k < count; k++) {
                boolean frequent = c < 8;
                String kind = frequent ? (c % 4 == 3 ? "INPATIENT_EPISODE" : "ACUTE_VISIT")
                        : k % 3 == 0 ? "ACUTE_VISIT" : k % 3 == 1 ? "REPORT" : "SELF_APPLICATION";
                // the first four frequent attenders have care from both bodies
                String owner = frequent && c < 4 && k % 4 == 3 ? (c % 3 == 0 ? "REGION" : "KOMMUN") : c % 3 == 0 ? "KOMMUN" : "REGION";
                contact(id("contact:" + c + ":" + k), client(c), kind, REFERRERS[(c + k) % REFERRERS.length], owner,
                        now.minus(20 + (c * 37L + k * 29L) % 300, ChronoUnit.DAYS));
            }
            if (c < 4) {
                consents.apply(new ConsentGranted(id("consent:" + c), client(c), List.of("REGION", "KOMMUN"),
                        List.of("CARE", "SOCIAL", "FOLLOWUP"), "CARE_COORDINATION", "WRITTEN", today.plusYears(1),
                        now.minus(400, ChronoUnit.DAYS)));
            }
        }
        for (int e = 0; e < 36; e++) {
            LocalDate started = today.minusDays(100 + e * 19L);
            enrollment(e, client(8 + e), started, e % 5 == 4 ? null : started.plusWeeks(10));
        }
        for (int e = 36; e < 42; e++) {
            enrollment(e, client(8 + e), today.minusWeeks(11), today.minusDays((e - 36) / 2 + 1L));
        }
        for (int e = 42; e < 45; e++) {
            enrollment(e, client(8 + e), today.minusMonths(6).minusWeeks(10), today.minusMonths(6).plusDays(e - 40L));
        }
        for (int v = 0; v < 12; v++) {
            UUID appointment = id("first-visit:" + v);
            UUID client = client(30 + v);
            Instant start = v == 11 ? now.plus(5, ChronoUnit.DAYS) : now.minus(30 + v * 25L, ChronoUnit.DAYS);
            String org = v % 3 == 0 ? "KOMMUN" : "REGION";
            booking.handle(appointmentBooked(appointment, client, BookingEvents.FIRST_VISIT_TYPE, org, start,
                    start.minus(5, ChronoUnit.DAYS)));
            if (v < 11) {
                booking.handle(appointmentOutcome(v % 4 == 3 ? EventTypes.APPOINTMENT_NO_SHOW : EventTypes.APPOINTMENT_ATTENDED,
                        appointment, client, BookingEvents.FIRST_VISIT_TYPE, org, start, start.plusSeconds(3600)));
            }
        }
    }

    private static UUID client(int c) {
        return id("client:" + c);
    }

    private void contact(UUID contact, UUID client, String kind, String referrer, String owner, Instant at) {
        contacts.handle(event(EventTypes.CONTACT_REGISTERED, contact, Map.of("contactId", contact.toString(),
                "clientId", client.toString(), "channel", "WALK_IN", "kind", kind, "referrer", referrer,
                "substances", List.of("ALCOHOL"), "ownerOrg", owner, "registeredAt", at.toString())));
    }

    /** Programs' events for one enrollment: started, and completed (or dropped out, every third) when it has ended. */
    private void enrollment(int e, UUID client, LocalDate started, LocalDate ended) {
        UUID enrollment = id("enrollment:" + e);
        String program = PROGRAMS.get(e % PROGRAMS.size());
        String org = e % 3 == 0 ? "KOMMUN" : "REGION";
        programs.handle(event(EventTypes.ENROLLMENT_STARTED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                "clientId", client.toString(), "programCode", program, "ownerOrg", org, "startedOn", started.toString(),
                "returning", false)));
        if (ended == null) {
            return;
        }
        if (e % 3 == 2) {
            programs.handle(event(EventTypes.ENROLLMENT_DROPPED_OUT, enrollment, Map.of("enrollmentId", enrollment.toString(),
                    "clientId", client.toString(), "programCode", program, "ownerOrg", org, "droppedOn", ended.toString(),
                    "atSession", 4)));
        } else {
            programs.handle(event(EventTypes.ENROLLMENT_COMPLETED, enrollment, Map.of("enrollmentId", enrollment.toString(),
                    "clientId", client.toString(), "programCode", program, "ownerOrg", org, "completedOn", ended.toString())));
        }
    }

    private String counts() throws Exception {
        return scalar("""
                select (select count(*) from follow_up) || '/' || (select count(*) from assessment) || '/' ||
                       (select count(*) from sip_plan) || '/' || (select count(*) from life_situation) || '/' ||
                       (select count(*) from contact_episode) || '/' || (select count(*) from kit_audit) || '/' ||
                       (select count(*) from follow_up where status <> 'DUE')""");
    }

    private int historyRows() throws Exception {
        return Integer.parseInt(scalar("select count(*) from kit_audit where at < now() - interval '1 second'"));
    }

    /** Rows of the other body's staff (reading data a body recorded) whose basis is not a consent the client gave. */
    private int crossBodyReadsWithoutConsent() throws Exception {
        return Integer.parseInt(scalar("""
                select count(*) from kit_audit a where a.basis like 'CONSENT:%' and not exists (select 1 from kit_consent c
                where 'CONSENT:' || c.consent_id = a.basis and c.client_id = a.client_id and a.org = any(c.recipient_orgs))"""));
    }

    private String scalar(String sql) throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
