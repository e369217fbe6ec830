package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across real processes: a contact triaged ACUTE in intake reaches booking through intake's event feed as an open
 * first-visit request within 5 seconds, and booking its first visit takes it off the waiting list (issue 3).
 */
class FirstVisitSuiteTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        suite = Suite.start("intake", "booking");
    }

    @Test
    void anAcuteTriageIsAnOpenRequestWithinFiveSecondsAndBookingItsFirstVisitFulfilsIt() throws Exception {
        String admin = suite.login("admin", "huset-demo");
        String reception = suite.login("reception.region", "huset-demo");
        HttpResponse<String> calendar = suite.put("gateway", "/api/booking/calendars/therapist.region", """
                {"displayName":"Behandlare Region","org":"REGION","unit":"Beroendeenheten","reception":false,
                 "hours":[{"weekday":"MONDAY","starts":"08:00","ends":"17:00"},
                          {"weekday":"TUESDAY","starts":"08:00","ends":"17:00"}]}""", admin);
        assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);

        HttpResponse<String> contact = suite.post("gateway", "/api/intake/contacts", """
                {"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["OPIOIDS"],
                 "reason":"Abstinens, vill komma in i dag","person":{"identifier":"19780612-2383","name":"Suite Svensson"}}""",
                reception, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        String contactId = Suite.field(contact.body(), "id");
        String clientId = Suite.field(contact.body(), "clientId");

        HttpResponse<String> triaged = suite.post("gateway", "/api/intake/contacts/" + contactId + "/triage",
                "{\"urgency\":\"ACUTE\",\"pathway\":\"BEROENDEENHETEN_OUTPATIENT\"}", reception, Map.of());
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);

        long start = System.nanoTime();
        String requestId = null;
        while (requestId == null && Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0) {
            requestId = openRequestFor(contactId, reception);
            if (requestId == null) {
                Thread.sleep(100);
            }
        }
        assertThat(requestId).as("an open first-visit request within 5 s of the triage").isNotNull();

        ZonedDateTime monday = LocalDate.now(STOCKHOLM).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(9, 0).atZone(STOCKHOLM);
        HttpResponse<String> booked = suite.post("gateway", "/api/booking/appointments", String.format("""
                {"type":"FIRST_VISIT","clientId":"%s","staff":["therapist.region"],"requestId":"%s",
                 "start":"%s","end":"%s"}""", clientId, requestId,
                monday.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                monday.plusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), reception,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(openRequestFor(contactId, reception)).as("fulfilled: off the waiting list").isNull();
    }

    /** The id of the open request for the contact, or null. */
    private static String openRequestFor(String contactId, String token) {
        HttpResponse<String> open = suite.get("gateway", "/api/booking/requests?status=OPEN", token);
        assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"contactId\":\"" + Pattern.quote(contactId) + "\"")
                .matcher(open.body());
        return m.find() ? m.group(1) : null;
    }
}
