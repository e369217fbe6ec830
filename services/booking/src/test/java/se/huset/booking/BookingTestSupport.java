package se.huset.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestTokens;

import se.huset.kit.time.ClinicTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Booking's tests run against booking's own fresh PostgreSQL database, through its real HTTP API. */
public abstract class BookingTestSupport extends ServiceTestSupport {

    protected static final String ADMIN = TestTokens.token("admin", Org.REGION, "ADMIN");
    protected static final String RECEPTION_REGION = TestTokens.token("reception.region", Org.REGION, "RECEPTION");
    protected static final String THERAPIST_REGION = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
    protected static final String THERAPIST_KOMMUN = TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST");
    protected static final String STEERING = TestTokens.token("steering", Org.REGION, "STEERING");

    @Override
    protected String databaseName() {
        return "booking";
    }

    /** No real intake here: the feed poller and the reminder job run only when a test calls them. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:9");
        p.put("huset.feed.poll-interval", "1h");
        p.put("huset.booking.reminders.interval", "1h");
        p.put("huset.demo.feed-wait", "0s");
        return p;
    }

    /** A staff calendar working 08:00–17:00 Monday to Friday, made through the ADMIN API. */
    protected void calendar(String username, Org org, String unit) {
        List<Map<String, String>> hours = java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .map(d -> Map.of("weekday", d, "starts", "08:00", "ends", "17:00")).toList();
        HttpResponse<Map<String, Object>> r = call(HttpRequest.PUT("/api/booking/calendars/" + username, Map.of(
                "displayName", username, "org", org.name(), "unit", unit, "reception", false, "hours", hours)), ADMIN);
        if (r.code() != 200) {
            throw new AssertionError("calendar not saved: " + r.code() + " " + r.getBody(String.class).orElse(""));
        }
    }

    protected String room(String name, int capacity) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/booking/rooms",
                Map.of("name", name, "capacity", capacity)), ADMIN);
        if (r.code() != 201) {
            throw new AssertionError("room not added: " + r.code());
        }
        return (String) body(r).get("id");
    }

    /** A local time on a weekday {@code weeks} weeks after next week's start, as ISO-8601 with offset. */
    protected static String at(int weeks, DayOfWeek day, int hour, int minute) {
        LocalDate monday = LocalDate.now(ClinicTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeks);
        return monday.with(TemporalAdjusters.nextOrSame(day)).atTime(LocalTime.of(hour, minute)).atZone(ClinicTime.ZONE)
                .toOffsetDateTime().toString();
    }

    protected HttpResponse<Map<String, Object>> book(String token, Map<String, Object> body) {
        return call(HttpRequest.POST("/api/booking/appointments", body), token);
    }
}
