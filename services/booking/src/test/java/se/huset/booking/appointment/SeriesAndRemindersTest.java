package se.huset.booking.appointment;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.booking.reminder.ReminderJob;
import se.huset.contracts.security.Org;
import se.huset.kit.time.ClinicTime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "huset.booking.reminder-hours-before", value = "200")
class SeriesAndRemindersTest extends BookingTestSupport {

    @Inject
    ReminderJob reminders;

    /** Programs books a group (with its caller's token) with facilitators from both bodies; one occurrence moves and one is cancelled alone. */
    @SuppressWarnings("unchecked")
    @Test
    void weeklySeriesWhoseOccurrencesChangeAlone() {
        calendar("group.region", Org.REGION, "Beroendeenheten");
        calendar("group.kommun", Org.KOMMUN, "Team Vuxen");
        String room = room("Gruppsalen", 12);
        String therapist = THERAPIST_REGION;   // programs passes on its caller's token
        HttpResponse<Map<String, Object>> created = call(HttpRequest.POST("/api/booking/series", Map.of(
                "title", "Återfallsprevention", "roomId", room, "capacity", 10,
                "facilitators", List.of("group.region", "group.kommun"),
                "start", at(1, DayOfWeek.MONDAY, 14, 0), "end", at(1, DayOfWeek.MONDAY, 15, 30), "weeks", 4))
                .header("Idempotency-Key", "series-1"), therapist);
        assertThat(created.code()).isEqualTo(201);
        List<Map<String, Object>> occurrences = (List<Map<String, Object>>) body(created).get("occurrences");
        assertThat(occurrences).hasSize(4).allSatisfy(o -> assertThat(o.get("type")).isEqualTo("GROUP_SESSION"));
        HttpResponse<Map<String, Object>> replay = call(HttpRequest.POST("/api/booking/series", Map.of(
                "title", "Återfallsprevention", "roomId", room, "capacity", 10,
                "facilitators", List.of("group.region", "group.kommun"),
                "start", at(1, DayOfWeek.MONDAY, 14, 0), "end", at(1, DayOfWeek.MONDAY, 15, 30), "weeks", 4))
                .header("Idempotency-Key", "series-1"), therapist);
        assertThat(body(replay).get("id")).isEqualTo(body(created).get("id"));

        String second = (String) occurrences.get(1).get("id");
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + second + "/move", Map.of(
                "start", at(2, DayOfWeek.TUESDAY, 14, 0), "end", at(2, DayOfWeek.TUESDAY, 15, 30))), therapist).code())
                .isEqualTo(200);
        String third = (String) occurrences.get(2).get("id");
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + third + "/cancel", Map.of("by", "CLINIC")), therapist).code())
                .isEqualTo(200);

        Map<String, Object> series = body(call(HttpRequest.GET("/api/booking/series/" + body(created).get("id")), therapist));
        assertThat(series).containsEntry("facilitators", List.of("group.region", "group.kommun"))
                .containsEntry("title", "Återfallsprevention").containsEntry("capacity", 10).containsEntry("weeks", 4);
        assertThat((List<Map<String, Object>>) series.get("occurrences")).extracting(o -> o.get("status"))
                .containsExactly("BOOKED", "BOOKED", "CANCELLED_BY_CLINIC", "BOOKED");
        // the cancelled occurrence freed the room
        assertThat(call(HttpRequest.POST("/api/booking/series", Map.of(
                "title", "Anhöriggrupp", "roomId", room, "capacity", 8, "facilitators", List.of("group.kommun"),
                "start", at(3, DayOfWeek.MONDAY, 14, 0), "end", at(3, DayOfWeek.MONDAY, 15, 0), "weeks", 1)), therapist).code())
                .isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/booking/series", Map.of(
                "title", "För stor", "roomId", room, "capacity", 30, "facilitators", List.of("group.kommun"),
                "start", at(5, DayOfWeek.MONDAY, 14, 0), "end", at(5, DayOfWeek.MONDAY, 15, 0), "weeks", 1)), therapist).code())
                .isEqualTo(400);
    }

    /** A reminder for a visit within a day goes out on the next round; the recipient is not kept afterwards. */
    @Test
    void dueReminderIsSentOnceAndItsRecipientErased() throws Exception {
        calendar("reminder.therapist", Org.REGION, "Beroendeenheten");
        ZonedDateTime soon = nextWorkingHour();
        HttpResponse<Map<String, Object>> booked = book(THERAPIST_REGION, Map.of("type", "FOLLOW_UP",
                "clientId", UUID.randomUUID().toString(), "staff", List.of("reminder.therapist"),
                "start", soon.toOffsetDateTime().toString(), "end", soon.plusMinutes(30).toOffsetDateTime().toString(),
                "reminder", Map.of("channel", "SMS", "to", "070-123 45 67")));
        assertThat(booked.code()).isEqualTo(201);
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select status, recipient from reminder where appointment_id = '"
                     + body(booked).get("id") + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("SENT");
            assertThat(rs.getString(2)).isEmpty();
        }
    }

    /** The next weekday's 10:00; reminders here go out 200 hours ahead, so its reminder is due now. */
    private static ZonedDateTime nextWorkingHour() {
        LocalDate day = LocalDate.now(ClinicTime.ZONE).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(10, 0).atZone(ClinicTime.ZONE);
    }
}
