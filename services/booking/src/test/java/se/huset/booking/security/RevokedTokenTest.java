package se.huset.booking.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider logs out (or is disabled) but keeps a copy of the token and goes straight to booking. Booking polls the
 * gateway's revocations (a stand-in for its internal listener here) and refuses the token within seconds, though it
 * verified and remembered its signature a moment before.
 */
@MicronautTest(transactional = false)
class RevokedTokenTest extends BookingTestSupport {

    private static final String JTI = UUID.randomUUID().toString();
    private static final InternalListener GATEWAY = new InternalListener();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.service-token-url", GATEWAY.url());
        p.put("huset.revocations.poll-interval", "200ms");
        return p;
    }

    @AfterAll
    void stopGateway() {
        GATEWAY.server.stop(0);
    }

    @Test
    void aTokenRevokedAtTheGatewayIsRefusedWithinSeconds() throws Exception {
        String token = TestTokens.withId(JTI, "reception.region", Org.REGION, "RECEPTION");
        String colleague = TestTokens.withId(UUID.randomUUID().toString(), "reception.region", Org.REGION, "RECEPTION");
        assertThat(call(HttpRequest.GET("/api/booking/rooms"), token).code()).isEqualTo(200);

        GATEWAY.revocations = "{\"tokens\":[{\"id\":\"" + JTI + "\",\"expiresAt\":\"" + Instant.now().plusSeconds(900) + "\"}]}";

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int code = 200;
        while (code == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            code = call(HttpRequest.GET("/api/booking/rooms"), token).code();
        }
        assertThat(code).as("refused within seconds of the revocation").isEqualTo(401);
        assertThat(GATEWAY.revocationReads).as("read with a service token").isPositive();
        assertThat(call(HttpRequest.GET("/api/booking/rooms"), colleague).code()).as("another token of the same user")
                .isEqualTo(200);

        GATEWAY.server.stop(0);
        Thread.sleep(600);
        assertThat(call(HttpRequest.GET("/api/booking/rooms"), token).code())
                .as("the gateway unreachable: the last list known stays in force").isEqualTo(401);
    }

    /** The gateway's internal listener as booking sees it: the revocations, for a service token. */
    static final class InternalListener {

        final HttpServer server;
        volatile String revocations = "{\"tokens\":[]}";
        volatile int revocationReads;

        InternalListener() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/auth/revocations", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null && authorization.startsWith("Bearer ")) {
                    revocationReads++;
                    answer(exchange, revocations);
                } else {
                    exchange.sendResponseHeaders(401, -1);
                    exchange.close();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void answer(HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
