package se.huset.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input answers 400 problem+json naming the field, and never reaches the database. */
@MicronautTest(transactional = false)
class InputValidationTest extends BookingTestSupport {

    @BeforeAll
    void calendars() {
        calendar("valid.therapist", Org.REGION, "Beroendeenheten");
    }

    private Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INDIVIDUAL");
        body.put("clientId", UUID.randomUUID().toString());
        body.put("staff", List.of("valid.therapist"));
        body.put("start", at(1, DayOfWeek.TUESDAY, 9, 0));
        body.put("end", at(1, DayOfWeek.TUESDAY, 10, 0));
        return body;
    }

    private void expectField(Map<String, Object> body, String field) {
        HttpResponse<Map<String, Object>> r = book(RECEPTION_REGION, body);
        assertThat(r.code()).as(body.toString()).isEqualTo(400);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(fields(body(r))).contains(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> e.get("field")).toList();
    }

    @Test
    void endBeforeStart() {
        Map<String, Object> body = valid();
        body.put("end", at(1, DayOfWeek.TUESDAY, 8, 30));
        expectField(body, "end");
    }

    @Test
    void unknownStaff() {
        Map<String, Object> body = valid();
        body.put("staff", List.of("valid.therapist", "nobody.here"));
        expectField(body, "staff[1]");
    }

    @Test
    void outsideWorkingHours() {
        Map<String, Object> body = valid();
        body.put("start", at(1, DayOfWeek.TUESDAY, 17, 0));
        body.put("end", at(1, DayOfWeek.TUESDAY, 18, 0));
        expectField(body, "start");
        body.put("start", at(1, DayOfWeek.SATURDAY, 10, 0));
        body.put("end", at(1, DayOfWeek.SATURDAY, 11, 0));
        expectField(body, "start");
    }

    @Test
    void sipMeetingNeedsBothBodies() {
        Map<String, Object> body = valid();
        body.put("type", "SIP_MEETING");
        expectField(body, "staff");
    }

    @Test
    void timeWithoutOffset() {
        Map<String, Object> body = valid();
        body.put("start", at(1, DayOfWeek.TUESDAY, 9, 0).substring(0, 16));
        expectField(body, "start");
    }

    @Test
    void missingAndMalformedFields() {
        Map<String, Object> body = valid();
        body.remove("type");
        expectField(body, "type");
        body = valid();
        body.put("type", "PICNIC");
        expectField(body, "type");
        body = valid();
        body.remove("clientId");
        expectField(body, "clientId");
        body = valid();
        body.put("roomId", UUID.randomUUID().toString());
        expectField(body, "roomId");
        body = valid();
        body.put("reminder", Map.of("channel", "SMS", "to", "not a number"));
        expectField(body, "reminder.to");
    }

    @Test
    void slotSearchNamesItsFields() {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/slots?staff=valid.therapist&from="
                + at(1, DayOfWeek.MONDAY, 8, 0).substring(0, 16) + "&to=x&minutes=60"), RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(fields(body(r))).contains("from");
        r = call(HttpRequest.GET("/api/booking/slots?staff=ghost&from=" + enc(at(1, DayOfWeek.MONDAY, 8, 0))
                + "&to=" + enc(at(1, DayOfWeek.MONDAY, 17, 0)) + "&minutes=60"), RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(400);
        assertThat(fields(body(r))).contains("staff");
    }

    @Test
    void absenceRefusesBookingAndHidesSlots() {
        calendar("absent.therapist", Org.REGION, "Absent unit");
        assertThat(call(HttpRequest.POST("/api/booking/calendars/absent.therapist/absences", Map.of(
                "start", at(2, DayOfWeek.MONDAY, 0, 0), "end", at(2, DayOfWeek.TUESDAY, 0, 0), "reason", "Utbildning")),
                ADMIN).code()).isEqualTo(201);
        Map<String, Object> body = valid();
        body.put("staff", List.of("absent.therapist"));
        body.put("start", at(2, DayOfWeek.MONDAY, 9, 0));
        body.put("end", at(2, DayOfWeek.MONDAY, 10, 0));
        expectField(body, "start");
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/slots?unit=" + enc("Absent unit")
                + "&from=" + enc(at(2, DayOfWeek.MONDAY, 0, 0)) + "&to=" + enc(at(2, DayOfWeek.WEDNESDAY, 0, 0))
                + "&minutes=30"), RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) body(r).get("slots");
        assertThat(slots).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("staff")).isEqualTo("absent.therapist");
            assertThat(java.time.Instant.parse(s.get("start").toString())).isAfterOrEqualTo(instant(at(2, DayOfWeek.TUESDAY, 8, 0)));
        });
    }

    @Test
    void freeSlotsHonourBookings() {
        assertThat(book(RECEPTION_REGION, valid()).code()).isEqualTo(201);
        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/slots?staff=valid.therapist&from="
                + enc(at(1, DayOfWeek.TUESDAY, 8, 0)) + "&to=" + enc(at(1, DayOfWeek.TUESDAY, 12, 0)) + "&minutes=60"),
                RECEPTION_REGION);
        assertThat(r.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) body(r).get("slots");
        // 08:00 is free; the 09:00–10:00 booking rules out every start from 08:15 to 09:45
        assertThat(slots).extracting(s -> java.time.Instant.parse(s.get("start").toString()))
                .contains(instant(at(1, DayOfWeek.TUESDAY, 8, 0)), instant(at(1, DayOfWeek.TUESDAY, 10, 0)))
                .doesNotContain(instant(at(1, DayOfWeek.TUESDAY, 8, 15)), instant(at(1, DayOfWeek.TUESDAY, 9, 0)),
                        instant(at(1, DayOfWeek.TUESDAY, 9, 45)));
    }

    private static java.time.Instant instant(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
