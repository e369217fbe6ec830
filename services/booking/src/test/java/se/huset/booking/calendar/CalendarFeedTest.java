package se.huset.booking.calendar;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed parses back with ical4j, holds the staff member's appointments, and no client identity. */
@MicronautTest(transactional = false)
@Property(name = "huset.public-url", value = CalendarFeedTest.PUBLIC_URL)
class CalendarFeedTest extends BookingTestSupport {

    static final String PUBLIC_URL = "https://huset.example.se";

    @Test
    void feedParsesBackAndCarriesNoClientIdentity() throws Exception {
        String therapist = TestTokens.token("feed.therapist", Org.REGION, "THERAPIST");
        calendar("feed.therapist", Org.REGION, "Beroendeenheten");
        String room = room("Samtalsrum Flödet", 3);
        UUID client = UUID.randomUUID();
        assertThat(book(therapist, Map.of("type", "INDIVIDUAL", "clientId", client.toString(),
                "staff", List.of("feed.therapist"), "roomId", room,
                "start", at(2, DayOfWeek.THURSDAY, 13, 0), "end", at(2, DayOfWeek.THURSDAY, 14, 0))).code()).isEqualTo(201);

        HttpResponse<Map<String, Object>> renewed = call(HttpRequest.POST("/api/booking/calendar-feed", Map.of()), therapist);
        assertThat(renewed.code()).isEqualTo(200);
        String url = (String) body(renewed).get("url");
        assertThat(url).as("calendar apps reach the suite at its public address").startsWith(PUBLIC_URL + "/api/booking/calendar-feed/");
        String path = URI.create(url).getPath();

        HttpResponse<String> feed = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(feed.getContentType().orElseThrow().toString()).startsWith("text/calendar");
        String text = feed.body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().orElseThrow().getValue()).contains("Enskilt samtal", "Samtalsrum Flödet");
        assertThat(text).doesNotContain(client.toString());

        call(HttpRequest.POST("/api/booking/calendar-feed", Map.of()), therapist);
        assertThat(status(path)).as("the old URL stops working when renewed").isEqualTo(404);
        assertThat(status("/api/booking/calendar-feed/not-a-secret")).isEqualTo(404);
    }

    private int status(String path) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
