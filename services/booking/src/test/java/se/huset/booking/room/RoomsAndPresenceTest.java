package se.huset.booking.room;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rooms and presence hours as the API stores and lists them: names unique, rooms by name, hours by weekday. */
@MicronautTest(transactional = false)
class RoomsAndPresenceTest extends BookingTestSupport {

    @Test
    void aRoomNameIsTakenOnceAndRoomsAreListedByName() {
        String id = room("Zebrarummet", 4);
        room("Ankrummet", 3);
        assertThat(call(HttpRequest.POST("/api/booking/rooms", Map.of("name", " Zebrarummet ", "capacity", 9)), ADMIN)
                .code()).isEqualTo(409);

        List<Map<String, Object>> rooms = list("/api/booking/rooms");
        List<Object> names = rooms.stream().map(r -> r.get("name")).toList();
        assertThat(names).contains("Ankrummet", "Zebrarummet");
        assertThat(names.indexOf("Ankrummet")).isLessThan(names.indexOf("Zebrarummet"));
        assertThat(rooms).filteredOn(r -> id.equals(r.get("id"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("capacity", 4).containsEntry("active", true));
    }

    @Test
    void presenceHoursKeepTheirWeekdayAndTimes() {
        assertThat(call(HttpRequest.POST("/api/booking/presence", Map.of("organisation", " Brukarföreningen ",
                "weekday", "FRIDAY", "starts", "09:30", "ends", "11:00")), ADMIN).code()).isEqualTo(201);
        assertThat(call(HttpRequest.POST("/api/booking/presence", Map.of("organisation", "Brukarföreningen",
                "weekday", "MONDAY", "starts", "13:00", "ends", "15:15")), ADMIN).code()).isEqualTo(201);

        List<Map<String, Object>> ours = list("/api/booking/presence").stream()
                .filter(p -> "Brukarföreningen".equals(p.get("organisation"))).toList();
        assertThat(ours).extracting(p -> p.get("weekday") + " " + p.get("starts") + "-" + p.get("ends"))
                .containsExactly("MONDAY 13:00-15:15", "FRIDAY 09:30-11:00");
    }

    private List<Map<String, Object>> list(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(ADMIN),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
