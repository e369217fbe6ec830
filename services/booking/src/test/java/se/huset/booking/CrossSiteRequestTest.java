package se.huset.booking;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.RawHttp;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made with the login cookie is accepted only from the suite's own pages (Origin, else Referer, is the
 * public origin, http://localhost:8080 here, or the host addressed); API calls with a bearer token are not affected.
 */
@MicronautTest(transactional = false)
class CrossSiteRequestTest extends BookingTestSupport {

    private static final String PUBLIC = "http://localhost:8080";
    private static final String OTHER = "https://evil.example";

    @Inject
    EmbeddedServer server;

    /** The admin page's room form, submitted with the given headers; the session is the cookie unless told. */
    private RawHttp.Answer addRoom(String name, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(Map.of("Cookie", "HUSET_TOKEN=" + ADMIN, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
        headers.putAll(extra);
        headers.values().removeIf(String::isEmpty);
        return RawHttp.send(server.getPort(), "POST", "/booking/admin/rooms", headers, "name=" + name + "&capacity=4");
    }

    private static void forbidden(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("must come from the suite's own pages");
    }

    @Test
    void aCookiePostFromAnotherOriginIsRefused() {
        forbidden(addRoom("Rum+A", Map.of("Origin", OTHER)));
        forbidden(addRoom("Rum+B", Map.of("Origin", "null")));
        forbidden(addRoom("Rum+C", Map.of("Referer", OTHER + "/booking/admin")));
        forbidden(addRoom("Rum+D", Map.of()));
    }

    @Test
    void aCookiePostFromTheSuitesOwnPagesIsAccepted() {
        assertThat(addRoom("Rum+E", Map.of("Origin", PUBLIC)).status()).isEqualTo(303);
        assertThat(addRoom("Rum+F", Map.of("Referer", PUBLIC + "/booking/admin")).status()).isEqualTo(303);
        assertThat(addRoom("Rum+G", Map.of("Origin", "http://localhost:" + server.getPort())).status())
                .as("the host the browser addressed").isEqualTo(303);
    }

    @Test
    void anApiCallWithABearerTokenIsNotChecked() {
        // addressed by a name other than localhost: Micronaut itself refuses other origins' calls to localhost
        RawHttp.Answer answer = RawHttp.send(server.getPort(), "POST", "/api/booking/rooms", Map.of("Host", "booking.internal",
                "Authorization", "Bearer " + ADMIN, "Origin", OTHER, "Content-Type", "application/json"),
                "{\"name\":\"Rum H\",\"capacity\":4}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
