package se.huset.programs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for booking's {@code POST /api/booking/series}, answering as booking does: the series with one
 * occurrence per week. It records the Authorization header of each call, to prove the caller's token is passed on.
 * A title containing "REFUSE" gets booking's 409 for a busy facilitator.
 */
public final class StubBooking {

    private static StubBooking running;

    private final HttpServer server;
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();

    private StubBooking() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/booking/series", this::series);
        server.start();
    }

    public static synchronized StubBooking get() {
        if (running == null) {
            try {
                running = new StubBooking();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return running;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void series(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        idempotencyKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        if (body.contains("REFUSE")) {
            answer(exchange, 409, "application/problem+json", """
                    {"type":"https://huset.example/problems/conflict","title":"Conflict","status":409,
                     "detail":"therapist.region is already booked then"}""");
            return;
        }
        OffsetDateTime start = OffsetDateTime.parse(field(body, "start"));
        OffsetDateTime end = OffsetDateTime.parse(field(body, "end"));
        int weeks = Integer.parseInt(number(body, "weeks"));
        List<String> occurrences = new ArrayList<>();
        for (int k = 0; k < weeks; k++) {
            occurrences.add("""
                    {"id":"%s","type":"GROUP_SESSION","status":"BOOKED","clientId":null,"staff":[],"roomId":null,
                     "start":"%s","end":"%s","ownerOrg":"REGION","bookedBy":"x","bookedAt":"%s","requestId":null,
                     "seriesId":null,"occurrence":%d}""".formatted(UUID.randomUUID(), start.plusWeeks(k).toInstant(),
                    end.plusWeeks(k).toInstant(), start.toInstant(), k + 1));
        }
        answer(exchange, 201, "application/json", """
                {"id":"%s","title":"t","roomId":"%s","capacity":10,"facilitators":[],"ownerOrg":"REGION","weeks":%d,
                 "occurrences":[%s]}""".formatted(UUID.randomUUID(), UUID.randomUUID(), weeks, String.join(",", occurrences)));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
