package se.huset.booking;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.RawHttp;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input no route can use answers 400 problem+json (a page request the problem page), never a 500: broken
 * percent-encoding in a form, NUL characters that PostgreSQL cannot store, a body above the size limit (413).
 * Sent byte for byte (RawHttp), since HTTP clients refuse to send some of it.
 */
@MicronautTest(transactional = false)
class MalformedInputTest extends BookingTestSupport {

    @Inject
    EmbeddedServer server;

    private RawHttp.Answer send(String method, String target, String contentType, String body) {
        return RawHttp.send(server.getPort(), method, target, Map.of("Authorization", "Bearer " + ADMIN,
                "Accept", "application/json", "Content-Type", contentType), body);
    }

    /** A form post as a browser sends it (the admin page's forms answer HTML). */
    private RawHttp.Answer submit(String target, String form) {
        return RawHttp.send(server.getPort(), "POST", target, Map.of("Authorization", "Bearer " + ADMIN,
                "Accept", "text/html", "Content-Type", "application/x-www-form-urlencoded"), form);
    }

    private static void refused(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status);
    }

    @Test
    void brokenPercentEncodingInAFormIsABadRequest() {
        refused(submit("/booking/admin/rooms", "name=%zz&capacity=3"), 400);
        refused(submit("/booking/admin/rooms", "name=ab%E"), 400);
    }

    @Test
    void nulInAPathVariableNeverReachesTheDatabase() {
        RawHttp.Answer answer = send("PUT", "/api/booking/calendars/%00", "application/json",
                "{\"displayName\":\"x\",\"org\":\"REGION\",\"unit\":\"u\",\"reception\":false,\"hours\":[]}");
        refused(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"path\"");
    }

    @Test
    void nulInAFormValueOrAJsonStringIsRefused() {
        refused(submit("/booking/admin/rooms", "name=a%00b&capacity=3"), 400);
        RawHttp.Answer json = send("POST", "/api/booking/rooms", "application/json", "{\"name\":\"a\\u0000b\",\"capacity\":3}");
        refused(json, 400);
        assertThat(json.body()).contains("\"field\":\"body\"");
        assertThat(send("POST", "/api/booking/rooms", "application/json",
                "{\"name\":\"an escaped backslash \\\\u0000 is text\",\"capacity\":3}").status())
                .as("a backslash before u0000, not NUL").isEqualTo(201);
    }

    @Test
    void nulInTheQueryOfAPageAnswersTheProblemPage() {
        RawHttp.Answer page = RawHttp.send(server.getPort(), "GET", "/booking/admin?saved=%00",
                Map.of("Authorization", "Bearer " + ADMIN, "Accept", "text/html"), null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        RawHttp.Answer api = RawHttp.send(server.getPort(), "GET", "/api/booking/appointments?limit=10&after=%00",
                Map.of("Authorization", "Bearer " + THERAPIST_REGION), null);
        refused(api, 400);
        assertThat(api.body()).contains("\"field\":\"after\"");
    }

    @Test
    void aBodyOverTheLimitAnswers413ProblemJson() {
        refused(send("POST", "/api/booking/rooms", "application/json",
                "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"capacity\":3}"), 413);
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413ProblemJson() {
        refused(RawHttp.sendChunked(server.getPort(), "POST", "/api/booking/rooms",
                Map.of("Authorization", "Bearer " + ADMIN, "Content-Type", "application/json"),
                "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"capacity\":3}"), 413);
    }
}
