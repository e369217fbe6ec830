package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two booking instances on one database, as two Kubernetes replicas (issue 9): intake's events reach booking once
 * (the feed cursor row is locked FOR UPDATE), and each due reminder is sent once (ReminderJob takes rows with
 * SKIP LOCKED), whichever instance gets there first.
 */
class ReplicaSuiteTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int CONTACTS = 6;
    private static final String CONSUMER = "intake/first-visits";
    @AutoClose
    private static Suite suite;
    private static String replica;

    @BeforeAll
    static void boot() {
        // every reminder due at once (30 days ahead) and the job every second, so the test sees them sent
        suite = Suite.start(Map.of("JAVA_TOOL_OPTIONS",
                "-Dhuset.booking.reminder-hours-before=720 -Dhuset.booking.reminders.interval=1s"), "intake", "booking");
        replica = suite.startReplica("booking");
    }

    @Test
    void twoBookingInstancesHandleEachEventOnceAndSendEachReminderOnce() throws Exception {
        Map<Path, Long> logStart = new LinkedHashMap<>();
        for (String instance : List.of("booking", replica)) {
            Path log = suite.log(instance);
            logStart.put(log, Files.exists(log) ? Files.size(log) : 0L);
        }
        String admin = suite.login("admin", "huset-demo");
        String reception = suite.login("reception.region", "huset-demo");
        HttpResponse<String> calendar = suite.put("gateway", "/api/booking/calendars/therapist.region", """
                {"displayName":"Behandlare Region","org":"REGION","unit":"Beroendeenheten","reception":false,
                 "hours":[{"weekday":"MONDAY","starts":"08:00","ends":"17:00"}]}""", admin);
        assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);

        Map<String, String> clientByContact = new LinkedHashMap<>();
        for (int i = 0; i < CONTACTS; i++) {
            HttpResponse<String> contact = suite.post("gateway", "/api/intake/contacts", String.format("""
                    {"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],
                     "reason":"Replikatest","person":{"identifier":"%s","name":"Replika %d"}}""", personnummer(i), i),
                    reception, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
            String contactId = Suite.field(contact.body(), "id");
            clientByContact.put(contactId, Suite.field(contact.body(), "clientId"));
            HttpResponse<String> triaged = suite.post("gateway", "/api/intake/contacts/" + contactId + "/triage",
                    "{\"urgency\":\"ACUTE\",\"pathway\":\"BEROENDEENHETEN_OUTPATIENT\"}", reception, Map.of());
            assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
        }

        long newest = scalar("intake", "select coalesce(max(seq), 0) from kit_outbox");
        awaitTrue("booking's cursor " + CONSUMER + " reaches intake's newest event " + newest,
                () -> scalarUnchecked("booking", "select coalesce(max(position), 0) from kit_feed_cursor where consumer = '"
                        + CONSUMER + "'") == newest);
        Thread.sleep(1500);   // a few more polls by both instances: nothing may be handled again
        assertThat(scalar("booking", "select position from kit_feed_cursor where consumer = '" + CONSUMER + "'"))
                .as("the cursor matches intake's newest event").isEqualTo(newest);
        Map<String, String> requestByContact = new LinkedHashMap<>();
        try (Connection db = suite.db("booking");
             PreparedStatement ps = db.prepareStatement(
                     "select contact_id::text, count(*), min(id::text) from first_visit_request group by contact_id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getLong(2)).as("first-visit requests for contact %s", rs.getString(1)).isEqualTo(1);
                    requestByContact.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        assertThat(requestByContact.keySet()).as("one first-visit request per triaged contact")
                .containsAll(clientByContact.keySet());

        ZonedDateTime monday = LocalDate.now(STOCKHOLM).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(8, 0).atZone(STOCKHOLM);
        int slot = 0;
        for (Map.Entry<String, String> e : clientByContact.entrySet()) {
            ZonedDateTime start = monday.plusHours(slot);
            HttpResponse<String> booked = suite.post("gateway", "/api/booking/appointments", String.format("""
                    {"type":"FIRST_VISIT","clientId":"%s","staff":["therapist.region"],"requestId":"%s",
                     "start":"%s","end":"%s","reminder":{"channel":"SMS","to":"+46 70 123 45 %02d"}}""",
                    e.getValue(), requestByContact.get(e.getKey()),
                    start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    start.plusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), slot), reception,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            slot++;
        }

        awaitTrue("all " + CONTACTS + " reminders sent",
                () -> scalarUnchecked("booking", "select count(*) from reminder where status = 'SENT'") == CONTACTS);
        Thread.sleep(2500);   // more rounds of both jobs: nothing may be sent again
        List<String> sends = new ArrayList<>();
        for (Map.Entry<Path, Long> log : logStart.entrySet()) {
            sends.addAll(linesSince(log.getKey(), log.getValue()).stream()
                    .filter(line -> line.contains("reminder by SMS to")).toList());
        }
        assertThat(sends).as("reminder sends logged by both instances together: each reminder once").hasSize(CONTACTS);
        assertThat(scalar("booking", "select count(*) from reminder where status <> 'SENT'")).isZero();
        for (Map.Entry<Path, Long> log : logStart.entrySet()) {
            assertThat(linesSince(log.getKey(), log.getValue())).as("no failed feed batch in %s", log.getKey())
                    .noneMatch(line -> line.contains("not reachable or failed"));
        }
        for (String instance : List.of("booking", replica)) {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    suite.url(instance, "/prometheus")).header("Accept", "text/plain").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).as("%s polls the feed too (both replicas take part)", instance)
                    .containsPattern("huset_feed_poll_seconds_count\\{consumer=\"" + CONSUMER + "\",outcome=\"success\"[^}]*} [1-9]");
        }
    }

    /** A valid Swedish personal identity number (Luhn check digit) born 1980-01-(10+i). */
    private static String personnummer(int i) {
        String digits = String.format("8001%02d%03d", 10 + i, 100 + i);
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = (digits.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "19" + digits.substring(0, 6) + "-" + digits.substring(6) + (10 - sum % 10) % 10;
    }

    private static long scalar(String process, String sql) throws SQLException {
        try (Connection db = suite.db(process); PreparedStatement ps = db.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as("a row from: %s", sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static long scalarUnchecked(String process, String sql) {
        try {
            return scalar(process, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("within 30 s: %s (logs in compose/target/suite-logs/ReplicaSuiteTest)", what).isTrue();
            Thread.sleep(200);
        }
    }

    private static List<String> linesSince(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8).lines().toList();
    }
}
