package se.huset.followup.frequent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for intake's {@code GET /api/intake/events}: serves the events a test publishes, after the cursor. */
final class StubIntake {

    private final HttpServer server;
    private final List<String> events = new CopyOnWriteArrayList<>();

    StubIntake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/intake/events", this::events);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Appends an event; its seq is its place in the feed. */
    void publish(String type, String aggregateId, String payloadJson) {
        synchronized (events) {
            long seq = events.size() + 1L;
            events.add("""
                    {"seq":%d,"type":"%s","aggregateId":"%s","occurredAt":"2026-11-01T10:00:00Z","payload":%s}"""
                    .formatted(seq, type, aggregateId, payloadJson));
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        long after = Long.parseLong(query.replaceAll(".*after=(\\d+).*", "$1"));
        List<String> page;
        synchronized (events) {
            page = events.subList((int) Math.min(after, events.size()), events.size()).stream().toList();
        }
        long next = after + page.size();
        byte[] body = ("{\"events\":[" + String.join(",", page) + "],\"next\":" + next + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
