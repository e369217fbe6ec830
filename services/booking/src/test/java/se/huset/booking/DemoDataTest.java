package se.huset.booking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.huset.booking.demo.BookingDemoData;
import se.huset.contracts.events.ClientRegistered;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFacts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataTest extends BookingTestSupport {

    @Inject
    BookingDemoData demo;
    @Inject
    se.huset.booking.request.IntakeEvents intakeEvents;
    @Inject
    ClientFacts clientFacts;
    @Inject
    AuditLog audit;

    /** Intake's clients as booking's replica has read them: the demo's appointments are for them. */
    @BeforeEach
    void intakesClients() {
        for (int n = 1; n <= 6; n++) {
            clientFacts.apply(new ClientRegistered(UUID.nameUUIDFromBytes(("demo-client-" + n).getBytes()),
                    n % 2 == 0 ? "KOMMUN" : "REGION", LocalDate.of(1980 + n, 1, 1), "F"));
        }
    }

    /** Intake's history as booking's feed reader made it: 120 requests over 60 days, and two acute ones today. */
    @Test
    void theWaitingListIsOneATeamCanWorkThroughAndTheSameDayGivesTheSameHistory() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        for (int n = 0; n < 120; n++) {
            java.util.UUID contact = java.util.UUID.nameUUIDFromBytes(("history-" + n).getBytes());
            String pathway = n % 2 == 0 ? "NEXUS_OUTPATIENT" : "BEROENDEENHETEN_OUTPATIENT";
            String urgency = n % 3 == 0 ? "SOON" : "PLANNED";
            intakeEvents.handle(se.huset.booking.request.WaitingListTest.triaged(n, contact,
                    java.util.UUID.nameUUIDFromBytes(("history-client-" + n).getBytes()), urgency, pathway,
                    now.minus(java.time.Duration.ofHours(12L * (n + 2)))));
        }
        for (int n = 0; n < 2; n++) {
            intakeEvents.handle(se.huset.booking.request.WaitingListTest.triaged(200 + n,
                    java.util.UUID.nameUUIDFromBytes(("history-" + (200 + n)).getBytes()),
                    java.util.UUID.randomUUID(), "ACUTE", "NEXUS_OUTPATIENT", now.minusSeconds(60)));
        }
        demo.loadOnce();
        String first = requests();
        String history = history();
        demo.loadOnce();
        assertThat(requests()).as("a second run on the same day changes nothing").isEqualTo(first);
        assertThat(history()).as("nor adds appointments, events or audit rows").isEqualTo(history);
        String[] h = history.split("/");
        assertThat(Long.parseLong(h[0])).as("treatment courses follow attended first visits").isGreaterThan(50);
        assertThat(Long.parseLong(h[1])).as("SIP meetings with staff of both bodies").isPositive();
        assertThat(Long.parseLong(h[2])).as("ended course visits attended, no-show or cancelled, none left BOOKED")
                .isZero();
        assertThat(Long.parseLong(h[3])).as("a cancelled visit frees its slots").isZero();
        assertThat(Long.parseLong(h[4])).as("every appointment published as booked, and its outcome")
                .isEqualTo(Long.parseLong(h[5]));
        assertThat(Long.parseLong(h[6])).as("the demo accounts' audited reads of the history").isGreaterThan(150);
        assertThat(audit.verify().valid()).as("the audit chain holds over the bulk history").isTrue();
        assertThat(doubleBookings()).as("no staff member, room or client held twice at once").isZero();
        String[] c = first.split("/");
        long open = Long.parseLong(c[0]);
        long overdue = Long.parseLong(c[1]);
        long firstVisits = Long.parseLong(c[2]);
        assertThat(firstVisits).as("first visits booked for most requests").isGreaterThan(90);
        assertThat(open).as("today's acute ones and some of the last fortnight wait").isBetween(2L, 20L);
        assertThat(overdue).as("a handful overdue").isBetween(1L, 10L);
        assertThat(Long.parseLong(c[3])).as("today's acute requests are open").isEqualTo(2);
    }

    /**
     * Of this test's clients: course appointments, SIP meetings with both bodies' staff, ended ones still BOOKED,
     * cancelled ones with an active slot, events published for their appointments, events expected (booked, plus
     * an outcome once changed), and audited reads by the demo accounts.
     */
    private String history() throws Exception {
        StringBuilder ids = new StringBuilder();
        for (int n = 0; n < 120; n++) {
            ids.append(ids.isEmpty() ? "" : ",").append('\'')
                    .append(UUID.nameUUIDFromBytes(("history-client-" + n).getBytes())).append("'::uuid");
        }
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                with mine as (select * from appointment where client_id in (IDS))
                select (select count(*) from mine where type in ('INDIVIDUAL', 'SIP_MEETING', 'FOLLOW_UP')) || '/' ||
                       (select count(*) from mine where type = 'SIP_MEETING' and cardinality(staff) = 2) || '/' ||
                       (select count(*) from mine where status = 'BOOKED' and ends_at < now() - interval '1 hour') || '/' ||
                       (select count(*) from mine m join appointment_slot s on s.appointment_id = m.id
                          where m.status like 'CANCELLED%' and s.active) || '/' ||
                       (select count(*) from kit_outbox o join mine m on o.aggregate_id = m.id::text) || '/' ||
                       (select count(*) + count(*) filter (where status <> 'BOOKED') from mine) || '/' ||
                       (select count(*) from kit_audit where client_id in (IDS) and action in ('LIST', 'READ')
                          and username in ('therapist.region', 'reception.region', 'therapist.kommun',
                                           'socialworker.kommun', 'reception.kommun', 'housing.kommun'))"""
                .replace("IDS", ids))) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Active slots of one resource that overlap the one before them: NoDoubleBooking's rule, checked in SQL. */
    private long doubleBookings() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select count(*) from (
                    select lower(during) as starts, lag(upper(during)) over (partition by resource_kind, resource_key
                                                                             order by lower(during)) as previous_ends
                    from appointment_slot where active) s
                where previous_ends > starts""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Open, overdue, first visits booked, open ACUTE: of this test's requests only (others share the database). */
    private String requests() throws Exception {
        StringBuilder ids = new StringBuilder();
        for (int n : java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, 120),
                java.util.stream.IntStream.of(200, 201)).toArray()) {
            ids.append(ids.isEmpty() ? "" : ",").append('\'')
                    .append(java.util.UUID.nameUUIDFromBytes(("history-" + n).getBytes())).append("'::uuid");
        }
        String mine = "contact_id in (" + ids + ")";
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from first_visit_request where status = 'OPEN' and MINE) || '/' ||
                       (select count(*) from first_visit_request where status = 'OPEN' and due_at <= now() and MINE) || '/' ||
                       (select count(*) from first_visit_request where status = 'BOOKED' and MINE) || '/' ||
                       (select count(*) from first_visit_request where status = 'OPEN' and urgency = 'ACUTE' and MINE)"""
                .replace("MINE", mine))) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void loadsOnceAndASecondRunChangesNothing() throws Exception {
        demo.loadOnce();
        String first = counts();
        demo.loadOnce();
        assertThat(counts()).isEqualTo(first);
        assertThat(first).startsWith("6/").contains("/17/");
    }

    /** The demo's nine fixed appointments (the history's courses vary with the day the test runs). */
    private static String fixedAppointments() {
        return java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(n -> "'" + java.util.UUID.nameUUIDFromBytes(
                ("huset-demo:appointment:" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "'::uuid")
                .collect(java.util.stream.Collectors.joining(","));
    }

    private String counts() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from room where name in ('Samtalsrum 1', 'Samtalsrum 2', 'Samtalsrum 3',
                          'Grupprummet', 'Konferensrummet', 'Receptionens hörna')) || '/' ||
                       (select count(*) from appointment where id in (FIXED) or series_id is not null) || '/' ||
                       (select count(*) from presence_hours) || '/' ||
                       (select count(*) from kit_outbox)""".replace("FIXED", fixedAppointments()))) {
            rs.next();
            return rs.getString(1);
        }
    }
}
