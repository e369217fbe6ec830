package se.huset.booking.request;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each row of the waiting list names its client as intake lets the reader see them, and links to the client. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingListNamesTest extends BookingTestSupport {

    private static final UUID NAMED = UUID.randomUUID();
    private static final UUID WITHHELD = UUID.randomUUID();
    private static HttpServer intake;

    @Inject
    IntakeEvents intakeEvents;

    /** Intake's identities endpoint: one client the reader may see, the other left out (no consent). */
    @Override
    public Map<String, String> getProperties() {
        try {
            if (intake == null) {
                intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                intake.createContext("/api/intake/clients/identities", exchange -> {
                    String query = exchange.getRequestURI().getQuery();
                    String items = query != null && query.contains(NAMED.toString())
                            ? "{\"clientId\":\"" + NAMED + "\",\"identifier\":\"19850101-1234\",\"identifierKind\":\"PERSONNUMMER\",\"name\":\"Anna Andersson\"}"
                            : "";
                    byte[] body = ("{\"items\":[" + items + "],\"withheld\":1}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                intake.start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:" + intake.getAddress().getPort());
        return p;
    }

    @AfterAll
    void stopIntake() {
        intake.stop(0);
    }

    @Test
    void rowsNameTheClientOrSayTheNameIsWithheldOrAnonymous() {
        Instant now = Instant.now();
        intakeEvents.handle(WaitingListTest.triaged(1, UUID.randomUUID(), NAMED, "ACUTE", "NEXUS_OUTPATIENT", now));
        intakeEvents.handle(WaitingListTest.triaged(2, UUID.randomUUID(), WITHHELD, "ACUTE", "NEXUS_OUTPATIENT", now));
        String token = TestTokens.token("reception.kommun", Org.KOMMUN, "RECEPTION");
        String page = http.toBlocking().retrieve(HttpRequest.GET("/booking/waiting-list?urgency=ACUTE&org=KOMMUN")
                .bearerAuth(token), String.class);
        assertThat(page).contains("Anna Andersson", "19850101-1234", "href=\"/intake/clients/" + NAMED + "\"")
                .contains("Namn visas inte: samtycke saknas");
    }
}
