package se.huset.booking.appointment;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 requests at once for overlapping times on one staff member, one room, one client: exactly one booking each
 * time, every other answer 409 naming it, and the database holds no overlap.
 */
@MicronautTest(transactional = false)
class NoDoubleBookingConcurrencyTest extends BookingTestSupport {

    static final int REQUESTS = 200;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    String room;

    @BeforeAll
    void resources() throws Exception {
        calendar("busy.therapist", Org.REGION, "Beroendeenheten");
        room = room("Samtalsrum Kontention", 4);
        // one calendar per concurrent request, for the room and client cases
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("insert into staff_calendar (username, display_name, org) select 'load.' || i, 'Load ' || i, 'REGION' "
                    + "from generate_series(0, " + (REQUESTS - 1) + ") i on conflict do nothing");
            st.execute("insert into working_hours (username, weekday, starts, ends) select 'load.' || i, d, '08:00', '17:00' "
                    + "from generate_series(0, " + (REQUESTS - 1) + ") i, generate_series(1, 5) d on conflict do nothing");
        }
    }

    /** Start times 10:00 … 10:29, an hour each: every pair overlaps. */
    private static String start(int i, int weeks) {
        return at(weeks, DayOfWeek.WEDNESDAY, 10, i % 30);
    }

    private static String end(int i, int weeks) {
        return at(weeks, DayOfWeek.WEDNESDAY, 11, i % 30);
    }

    @Test
    void oneStaffMember() throws Exception {
        contend("STAFF", i -> body("INDIVIDUAL", UUID.randomUUID().toString(), List.of("busy.therapist"), null, i, 1));
    }

    @Test
    void oneRoom() throws Exception {
        contend("ROOM", i -> body("INDIVIDUAL", UUID.randomUUID().toString(), List.of("load." + i), room, i, 2));
    }

    @Test
    void oneClient() throws Exception {
        String client = UUID.randomUUID().toString();
        contend("CLIENT", i -> body("INDIVIDUAL", client, List.of("load." + i), null, i, 3));
    }

    private Map<String, Object> body(String type, String client, List<String> staff, String roomId, int i, int weeks) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("clientId", client);
        body.put("staff", staff);
        body.put("roomId", roomId);
        body.put("start", start(i, weeks));
        body.put("end", end(i, weeks));
        return body;
    }

    private void contend(String kind, IntFunction<Map<String, Object>> bodies) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/booking/appointments"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + RECEPTION_REGION)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(bodies.apply(i))))
                    .build();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> a : answers) {
            responses.add(a.get());
        }
        List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).as(kind + ": exactly one booking").hasSize(1);
        String winner = (String) json.readValue(created.get(0).body(), Map.class).get("id");
        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(refused).as(kind + ": the rest 409").hasSize(REQUESTS - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(409);
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                    Map<?, ?> problem = json.readValue(r.body(), Map.class);
                    assertThat(problem.get("conflictingAppointmentId")).isEqualTo(winner);
                    assertThat(problem.get("resource")).isEqualTo(kind);
                });
        assertThat(doubleBookings()).isZero();
    }

    private long doubleBookings() throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement("""
                select count(*) from appointment_slot a join appointment_slot b
                  on a.resource_kind = b.resource_kind and a.resource_key = b.resource_key
                 and a.appointment_id < b.appointment_id and a.during && b.during
                where a.active and b.active"""); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
