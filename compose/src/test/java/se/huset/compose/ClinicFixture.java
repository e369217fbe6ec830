package se.huset.compose;

import org.openqa.selenium.json.Json;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser tests set up through the suite's API before the pages are used: staff calendars, a room, clients
 * registered in intake and a programme group with its sessions booked. Each call asserts its answer.
 */
final class ClinicFixture {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String PASSWORD = "huset-demo";
    /**
     * The browser tests' settings: rooms bookable every day, so a group can meet "today" whatever day the tests run
     * (booking's default is weekdays only), and time for a page's first, cold rendering on a busy two-core machine
     * (the gateway's default 1.5 s proxy timeout is for warm services).
     */
    static final Map<String, String> BROWSER_SETTINGS = Map.of("HUSET_BOOKING_OPENING_DAYS", "MONDAY-SUNDAY",
            "HUSET_PROXY_TIMEOUT", "10s");

    private static final Json JSON = new Json();

    private final Suite suite;

    ClinicFixture(Suite suite) {
        this.suite = suite;
    }

    /** Gives a staff member working hours 08:00–17:00 on every day of the week (as ADMIN). */
    void calendar(String username, String displayName, String org, String unit) {
        String admin = suite.login("admin", PASSWORD);
        String hours = Arrays.stream(DayOfWeek.values())
                .map(d -> "{\"weekday\":\"" + d + "\",\"starts\":\"08:00\",\"ends\":\"17:00\"}")
                .collect(Collectors.joining(","));
        HttpResponse<String> r = suite.put("gateway", "/api/booking/calendars/" + username, String.format("""
                {"displayName":"%s","org":"%s","unit":"%s","reception":false,"hours":[%s]}""",
                displayName, org, unit, hours), admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** A new room (as ADMIN); answers its id. */
    String room(String name) {
        String admin = suite.login("admin", PASSWORD);
        HttpResponse<String> r = suite.post("gateway", "/api/booking/rooms",
                "{\"name\":\"" + name + "\",\"capacity\":14}", admin, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.field(r.body(), "id");
    }

    /** Registers a phone contact for an identified person in intake; answers the client's id. */
    String registerClient(String token, String personnummer, String name) {
        HttpResponse<String> r = suite.post("gateway", "/api/intake/contacts", String.format("""
                {"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],
                 "reason":"Vill gå i återfallsprevention","person":{"identifier":"%s","name":"%s"}}""",
                personnummer, name), token, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Suite.field(r.body(), "clientId");
    }

    /**
     * An ÅP group led by the token's therapist whose weekly sessions (the first today, 08:00–09:30 Swedish time) are
     * booked in booking; answers the group as JSON.
     */
    Map<String, Object> apGroup(String token, String name, String facilitator, String org, String roomId, int sessions) {
        ZonedDateTime first = LocalDate.now(STOCKHOLM).atTime(8, 0).atZone(STOCKHOLM);
        HttpResponse<String> r = suite.post("gateway", "/api/programs/groups", String.format("""
                {"programCode":"AP","name":"%s","facilitators":[{"username":"%s","org":"%s"}],"capacity":12,
                 "intake":"ROLLING","roomId":"%s","start":"%s","end":"%s","sessions":%d}""",
                name, facilitator, org, roomId, first.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                first.plusMinutes(90).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), sessions),
                token, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body());
    }

    /**
     * Enrolls the client in the group and starts the enrollment; answers the enrollment's id. A client registered a
     * moment ago is refused (403 need-to-know) until programs hears of the client's care team on intake's feed.
     */
    String enrollAndStart(String token, String clientId, String groupId) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> r;
        do {
            r = suite.post("gateway", "/api/programs/enrollments", String.format("""
                    {"clientId":"%s","programCode":"AP","groupId":"%s"}""", clientId, groupId),
                    token, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        } while (r.statusCode() == 403 && System.nanoTime() < until && pause());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = Suite.field(r.body(), "id");
        HttpResponse<String> started = suite.post("gateway", "/api/programs/enrollments/" + id + "/start", "{}",
                token, Map.of());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return id;
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A session's attendance as the API answers it. */
    Map<String, Object> attendance(String token, String groupId, String sessionId) {
        HttpResponse<String> r = suite.get("gateway",
                "/api/programs/groups/" + groupId + "/sessions/" + sessionId + "/attendance", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body());
    }

    static Map<String, Object> json(String body) {
        return JSON.toType(body, Json.MAP_TYPE);
    }

    static List<Map<String, Object>> jsonList(String body) {
        return JSON.toType(body, Json.LIST_OF_MAPS_TYPE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }

    /**
     * A valid personnummer (YYYYMMDD-NNNC, Luhn check digit) in the rarely issued 9xx serials, so no real person is
     * named; {@code n} tells the test's people apart.
     */
    static String personnummer(LocalDate birth, int n) {
        String serial = String.format("9%02d", n % 100);
        String nine = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
                + serial;
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return String.format("%04d%02d%02d-%s%d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                serial, (10 - sum % 10) % 10);
    }
}
