package se.huset.booking.appointment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.ConsentStore;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A Region appointment is withheld from the Kommun until the client consents to sharing APPOINTMENTS with it. */
@MicronautTest(transactional = false)
class AppointmentConsentTest extends BookingTestSupport {

    @Inject
    ConsentStore consents;

    @Test
    void regionAppointmentIsWithheldFromKommunWithoutConsent() {
        calendar("consent.therapist", Org.REGION, "Beroendeenheten");
        UUID client = UUID.randomUUID();
        HttpResponse<Map<String, Object>> booked = book(THERAPIST_REGION, Map.of("type", "INDIVIDUAL",
                "clientId", client.toString(), "staff", List.of("consent.therapist"),
                "start", at(1, DayOfWeek.FRIDAY, 9, 0), "end", at(1, DayOfWeek.FRIDAY, 10, 0)));
        assertThat(booked.code()).isEqualTo(201);
        String id = (String) body(booked).get("id");
        String list = "/api/booking/appointments?client=" + client + "&from=" + enc(at(1, DayOfWeek.MONDAY, 0, 0))
                + "&to=" + enc(at(2, DayOfWeek.MONDAY, 0, 0));

        HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/booking/appointments/" + id), THERAPIST_KOMMUN);
        assertThat(refused.code()).isEqualTo(403);
        assertThat((String) body(refused).get("type")).endsWith("consent-required");
        Map<String, Object> withheld = body(call(HttpRequest.GET(list), THERAPIST_KOMMUN));
        assertThat(withheld.get("items")).asList().isEmpty();
        assertThat(withheld.get("withheld")).isEqualTo(1);
        assertThat(call(HttpRequest.POST("/api/booking/appointments/" + id + "/cancel", Map.of()), THERAPIST_KOMMUN).code())
                .isEqualTo(403);

        consents.apply(new ConsentGranted(UUID.randomUUID(), client, List.of("KOMMUN"), List.of("APPOINTMENTS"),
                "CARE_COORDINATION", "WRITTEN", LocalDate.now().plusMonths(6), Instant.now()));
        assertThat(call(HttpRequest.GET("/api/booking/appointments/" + id), THERAPIST_KOMMUN).code()).isEqualTo(200);
        Map<String, Object> shown = body(call(HttpRequest.GET(list), THERAPIST_KOMMUN));
        assertThat(shown.get("items")).asList().hasSize(1);
        assertThat(shown.get("withheld")).isEqualTo(0);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
