package se.huset.booking.appointment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The appointments list goes on page by page in start order with {@code next}; nothing is cut silently. */
@MicronautTest(transactional = false)
class AppointmentListTest extends BookingTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aWindowIsPagedInStartOrderAndBadValuesAre400() {
        calendar("list.therapist", Org.REGION, "Beroendeenheten");
        for (int hour = 9; hour < 14; hour++) {
            assertThat(book(THERAPIST_REGION, Map.of("type", "INDIVIDUAL", "clientId", UUID.randomUUID().toString(),
                    "staff", List.of("list.therapist"), "start", at(3, DayOfWeek.TUESDAY, hour, 0),
                    "end", at(3, DayOfWeek.TUESDAY, hour, 45))).code()).isEqualTo(201);
        }
        String window = "from=" + enc(at(3, DayOfWeek.TUESDAY, 0, 0)) + "&to=" + enc(at(3, DayOfWeek.WEDNESDAY, 0, 0))
                + "&staff=list.therapist";
        List<String> starts = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/appointments?" + window + "&limit=2"
                    + (next == null ? "" : "&after=" + next)), THERAPIST_REGION);
            assertThat(r.code()).isEqualTo(200);
            List<Map<String, Object>> items = (List<Map<String, Object>>) body(r).get("items");
            assertThat(items.size()).isLessThanOrEqualTo(2);
            items.forEach(i -> starts.add((String) i.get("start")));
            next = (String) body(r).get("next");
            pages++;
        } while (next != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(starts).hasSize(5).isSorted();

        for (String bad : List.of("limit=0", "limit=500", "after=nonsense", "room=not-an-id", "client=x")) {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/appointments?" + window + "&" + bad),
                    THERAPIST_REGION);
            assertThat(r.code()).as(bad).isEqualTo(400);
            assertThat(body(r).toString()).contains("field=" + bad.substring(0, bad.indexOf('=')));
        }
        assertThat(call(HttpRequest.GET("/api/booking/appointments?staff=list.therapist"), THERAPIST_REGION).code())
                .as("a window is required").isEqualTo(400);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
