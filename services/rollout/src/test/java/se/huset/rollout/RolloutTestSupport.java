package se.huset.rollout;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rollout's tests run against rollout's own fresh PostgreSQL database, through its real HTTP API. A small JDK
 * HTTP server plays intake's {@code /api/intake/stats}; the other sources point at a closed port (down).
 */
public abstract class RolloutTestSupport extends ServiceTestSupport {

    protected static final String AS_STEERING = TestTokens.token("steering", Org.REGION, "STEERING");
    protected static final String AS_THERAPIST = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
    protected static final String AS_USER_ORG = TestTokens.token("userorg", Org.USER_ORG, "USER_ORG");

    /** What the fake intake answers; tests set it before a collection. */
    protected volatile String intakeStats = "{}";
    protected volatile String intakeAuthorization;
    protected HttpServer intake;


    @Override
    protected String databaseName() {
        return "rollout";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        if (intake == null) {
            intake = startIntake();
        }
        p.put("huset.sources.intake", "http://127.0.0.1:" + intake.getAddress().getPort());
        for (String down : List.of("booking", "programs", "housing", "followup")) {
            p.put("huset.sources." + down, "http://127.0.0.1:9");
        }
        p.put("huset.rollout.collect-initial-delay", "1h");
        return p;
    }

    private HttpServer startIntake() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/intake/stats", exchange -> {
                intakeAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] body = intakeStats.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request with the token; answers the response (a page, CSV or JSON as text) whatever its status. */
    protected HttpResponse<String> page(MutableHttpRequest<?> request, String token) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    protected Map<String, Object> json(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    protected List<Map<String, Object>> jsonList(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
