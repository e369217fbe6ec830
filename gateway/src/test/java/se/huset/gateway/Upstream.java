package se.huset.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A tiny stand-in for a service behind the gateway: records the last request it got and answers 201 with a fixed
 * body (200 on /health). With {@code delayMillis} it answers late, like a service that hangs.
 */
final class Upstream implements AutoCloseable {

    record Received(String method, String rawPath, String rawQuery, String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final AtomicReference<Received> last = new AtomicReference<>();

    private Upstream(long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, delayMillis));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static Upstream start(long delayMillis) {
        try {
            return new Upstream(delayMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on: the route of a service that is down. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received last() {
        return last.get();
    }

    private void answer(HttpExchange exchange, long delayMillis) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean health = "/health".equals(exchange.getRequestURI().getRawPath());
        if (!health) {
            last.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), body, new TreeMap<>(exchange.getRequestHeaders())));
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (exchange.getRequestURI().getRawPath().endsWith("/redirect")) {
            // a page's answer to a successful form post: see the list it changed
            exchange.getResponseHeaders().add("Location", "/booking/after-the-post");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
            return;
        }
        byte[] out = (health ? "{\"status\":\"UP\"}" : "{\"echo\":true}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Upstream", "yes");
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(health ? 200 : 201, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
