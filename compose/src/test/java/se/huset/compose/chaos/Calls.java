package se.huset.compose.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Every HTTP call of a chaos run, each with a client timeout, sorted by how it ended. An answer that takes longer
 * than {@link #HANG_AFTER} counts as a hang; a connection-level failure is allowed only while the gateway itself is
 * down (nothing else listens there then); every other error must be a 503 problem+json.
 */
final class Calls {

    /** The gateway gives up on a service after 1.5 s (huset.proxy.timeout): anything far beyond that is a hang. */
    static final Duration HANG_AFTER = Duration.ofSeconds(5);

    static final String ACKNOWLEDGED = "2xx";
    static final String UNAVAILABLE = "503 problem+json";
    static final String GATEWAY_DOWN = "connection error, gateway down";
    static final String HANG = "timeout (hang)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Function<String, URI> gateway;
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private volatile boolean gatewayDown;

    Calls(Function<String, URI> gateway) {
        this.gateway = gateway;
    }

    /** While set, connection-level failures are expected: the gateway process is killed or starting. */
    void gatewayDown(boolean down) {
        gatewayDown = down;
    }

    Optional<HttpResponse<String>> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Optional<HttpResponse<String>> post(String path, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** Sends one request and counts how it ended; answers the response only when it was 2xx. */
    private Optional<HttpResponse<String>> send(HttpRequest request) {
        boolean downBefore = gatewayDown;
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                tally(ACKNOWLEDGED);
                return Optional.of(r);
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() == 503 && type.startsWith("application/problem+json")) {
                tally(UNAVAILABLE);
            } else {
                unexpected(request, "HTTP " + r.statusCode() + " " + type, r.body());
            }
        } catch (HttpTimeoutException e) {
            unexpected(request, HANG, "no answer within " + HANG_AFTER.toSeconds() + " s");
        } catch (IOException e) {
            if (downBefore || gatewayDown) {
                tally(GATEWAY_DOWN);
            } else {
                unexpected(request, "connection error with the gateway up (" + e.getClass().getSimpleName() + ")",
                        String.valueOf(e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void unexpected(HttpRequest request, String kind, String detail) {
        tally(kind);
        if (unexpected.size() < 20) {
            unexpected.add(request.method() + " " + request.uri().getPath() + ": " + kind + ": "
                    + detail.substring(0, Math.min(300, detail.length())));
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(gateway.apply(path)).timeout(HANG_AFTER)
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
    }

    private void tally(String kind) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** How many calls ended each way, by kind. */
    Map<String, Long> byKind() {
        Map<String, Long> counts = new TreeMap<>();
        byKind.forEach((kind, n) -> counts.put(kind, n.sum()));
        return counts;
    }

    long count(String kind) {
        LongAdder n = byKind.get(kind);
        return n == null ? 0 : n.sum();
    }

    /** Calls that ended neither 2xx, nor 503 problem+json, nor refused while the gateway was down. */
    long unexpectedCount() {
        return byKind().entrySet().stream()
                .filter(e -> !List.of(ACKNOWLEDGED, UNAVAILABLE, GATEWAY_DOWN).contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The first few unexpected endings, for the report. */
    List<String> unexpectedSamples() {
        return List.copyOf(unexpected);
    }
}
