package se.huset.booking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.huset.booking.demo.BookingDemoData;
import se.huset.contracts.events.ClientRegistered;
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
        demo.loadOnce();
        assertThat(requests()).as("a second run on the same day changes nothing").isEqualTo(first);
        String[] c = first.split("/");
        long open = Long.parseLong(c[0]);
        long overdue = Long.parseLong(c[1]);
        long firstVisits = Long.parseLong(c[2]);
        assertThat(firstVisits).as("first visits booked for most requests").isGreaterThan(90);
        assertThat(open).as("today's acute ones and some of the last fortnight wait").isBetween(2L, 20L);
        assertThat(overdue).as("a handful overdue").isBetween(1L, 10L);
        assertThat(Long.parseLong(c[3])).as("today's acute requests are open").isEqualTo(2);
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

    private String counts() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from room where name in ('Samtalsrum 1', 'Samtalsrum 2', 'Samtalsrum 3',
                          'Grupprummet', 'Konferensrummet', 'Receptionens hörna')) || '/' ||
                       (select count(*) from appointment where booked_by = 'demo-data' and type <> 'FIRST_VISIT') || '/' ||
                       (select count(*) from presence_hours) || '/' ||
                       (select count(*) from kit_outbox)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
