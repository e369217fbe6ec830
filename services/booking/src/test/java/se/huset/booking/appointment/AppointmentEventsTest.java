package se.huset.booking.appointment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Status changes publish their events on booking's feed; an Idempotency-Key replays the first booking. */
@MicronautTest(transactional = false)
class AppointmentEventsTest extends BookingTestSupport {

    @SuppressWarnings("unchecked")
    @Test
    void bookAttendNoShowAndCancelArePublished() {
        calendar("events.therapist", Org.REGION, "Beroendeenheten");
        LocalDate lastWeek = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        String a = booked(lastWeek.atTime(9, 0), "key-a");
        String b = booked(lastWeek.atTime(11, 0), "key-b");
        String c = booked(LocalDate.now(ClinicTime.ZONE).plusWeeks(6).with(DayOfWeek.MONDAY).atTime(9, 0), "key-c");
        assertThat(booked(lastWeek.atTime(9, 0), "key-a")).as("a retry with the same key").isEqualTo(a);

        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + a + "/attended", Map.of()), THERAPIST_REGION).code()).isEqualTo(200);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + b + "/no-show", Map.of()), THERAPIST_REGION).code()).isEqualTo(200);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + c + "/attended", Map.of()), THERAPIST_REGION).code())
                .as("not begun yet").isEqualTo(409);
        HttpResponse<Map<String, Object>> cancelled = call(HttpRequest.POST("/api/booking/appointments/" + c + "/cancel", Map.of()), THERAPIST_REGION);
        assertThat(body(cancelled)).containsEntry("status", "CANCELLED_BY_CLINIC");
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + c + "/cancel", Map.of()), THERAPIST_REGION).code())
                .as("only a BOOKED appointment is cancelled").isEqualTo(409);

        Map<String, Object> feed = body(call(HttpRequest.GET("/api/booking/events?limit=1000"), TestTokens.service()));
        List<Map<String, Object>> events = (List<Map<String, Object>>) feed.get("events");
        assertThat(events).filteredOn(e -> List.of(a, b, c).contains(e.get("aggregateId")))
                .extracting(e -> e.get("type"))
                .containsExactly("AppointmentBooked", "AppointmentBooked", "AppointmentBooked", "AppointmentAttended",
                        "AppointmentNoShow", "AppointmentCancelled");
    }

    private String booked(java.time.LocalDateTime start, String key) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/booking/appointments", Map.of(
                "type", "INDIVIDUAL", "clientId", UUID.nameUUIDFromBytes(key.getBytes()).toString(),
                "staff", List.of("events.therapist"),
                "start", start.atZone(ClinicTime.ZONE).toOffsetDateTime().toString(),
                "end", start.plusHours(1).atZone(ClinicTime.ZONE).toOffsetDateTime().toString())).header("Idempotency-Key", key),
                THERAPIST_REGION);
        assertThat(r.code()).as(String.valueOf(r.getBody(String.class).orElse(""))).isEqualTo(201);
        return (String) body(r).get("id");
    }
}
