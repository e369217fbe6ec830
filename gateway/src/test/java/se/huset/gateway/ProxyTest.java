package se.huset.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.RawHttp;
import se.huset.kit.testing.TestTokens;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProxyTest extends GatewayTestSupport {

    @Inject
    EmbeddedServer server;

    @Test
    void aServiceThatIsDownAnswers503ProblemJsonWithinTwoSeconds() {
        for (String path : List.of("/api/intake/contacts?status=NEW", "/intake/triage", "/api/intake")) {
            Instant start = Instant.now();
            HttpResponse<String> response = call(HttpRequest.GET(path));
            Duration took = Duration.between(start, Instant.now());

            assertThat(response.code()).as(path).isEqualTo(503);
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(text(response)).contains(ProblemTypes.SERVICE_UNAVAILABLE, "intake");
            assertThat(took).as(path).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aBrowserAskingForAPageOfAServiceThatIsDownGetsAnHtmlPageThatOffersToTryAgain() {
        HttpResponse<String> page = call(HttpRequest.GET("/intake/triage?x=1").accept("text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(page.code()).isEqualTo(503);
        assertThat(contentType(page)).startsWith("text/html");
        assertThat(page.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat(text(page)).contains("Mottagningen (intag och triage) svarar inte just nu")
                .contains("href=\"/intake/triage?x=1\"").contains("Försök igen").doesNotContain("??");
        assertThat(contentType(call(HttpRequest.GET("/api/intake/contacts").accept("text/html"))))
                .as("the API stays problem+json").startsWith("application/problem+json");
    }

    /** Post/redirect/get: the browser is sent on, so its address is the page it sees and a reload posts nothing. */
    @Test
    void aServicesRedirectAfterAFormPostReachesTheBrowserUnfollowed() {
        RawHttp.Answer answer = RawHttp.send(server.getPort(), "POST", "/booking/rooms/redirect",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html",
                        "Origin", "http://localhost:8080"), "name=x");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(303);
        assertThat(answer.headers().get("location")).isEqualTo("/booking/after-the-post");
        assertThat(LIVE.last().rawPath()).isEqualTo("/booking/rooms/redirect");
    }

    @Test
    void aBodyOverTheLimitAnswers413ProblemJsonWithoutReachingTheService() {
        String threeMegabytes = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        RawHttp.Answer answer = RawHttp.send(server.getPort(), "POST", "/api/booking/rooms?big=1",
                Map.of("Content-Type", "application/json", "Accept", "application/json"), threeMegabytes);

        refusedAsTooLarge(answer, "big=1");
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413ProblemJsonAndTheServiceNeverHandlesIt() {
        String threeMegabytes = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        RawHttp.Answer answer = RawHttp.sendChunked(server.getPort(), "POST", "/api/booking/rooms?chunked=1",
                Map.of("Content-Type", "application/json", "Accept", "application/json"), threeMegabytes);

        refusedAsTooLarge(answer, "chunked=1");
    }

    /** 413 problem+json, and the request (told apart by its query) never reached the service. */
    private static void refusedAsTooLarge(RawHttp.Answer answer, String query) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413");
        assertThat(LIVE.last() == null ? null : LIVE.last().rawQuery()).as("not forwarded").isNotEqualTo(query);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedWhole() {
        String body = "{\"name\":\"" + "å".repeat(200_000) + "\"}";
        RawHttp.Answer answer = RawHttp.sendChunked(server.getPort(), "POST", "/api/booking/rooms?small=1",
                Map.of("Content-Type", "application/json", "Accept", "application/json"), body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(LIVE.last().rawQuery()).isEqualTo("small=1");
        assertThat(LIVE.last().body()).isEqualTo(body);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeAnswers503WithinTwoSeconds() {
        Instant start = Instant.now();
        HttpResponse<String> response = call(HttpRequest.POST("/api/programs/groups", "{}")
                .contentType("application/json"));

        assertThat(response.code()).isEqualTo(503);
        assertThat(text(response)).contains(ProblemTypes.SERVICE_UNAVAILABLE);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aLiveServiceGetsMethodPathQueryBodyAndEndToEndHeadersButNoHopByHopOnes() {
        HttpResponse<String> response = call(HttpRequest.PATCH("/api/booking/appointments/42?from=2026-01-01&q=a%20b",
                        "{\"room\":\"Nexus 1\"}")
                .contentType("application/json")
                .bearerAuth("the-callers-token")
                .header("Cookie", "HUSET_TOKEN=abc; lang=sv")
                .header("X-Correlation-Id", "corr-4711")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg=="));

        assertThat(response.code()).isEqualTo(201);
        assertThat(text(response)).isEqualTo("{\"echo\":true}");
        assertThat(response.getHeaders().get("X-Upstream")).isEqualTo("yes");
        assertThat(response.getHeaders().getAll("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders().get("X-Correlation-Id")).isEqualTo("corr-4711");

        Upstream.Received got = LIVE.last();
        assertThat(got.method()).isEqualTo("PATCH");
        assertThat(got.rawPath()).isEqualTo("/api/booking/appointments/42");
        assertThat(got.rawQuery()).isEqualTo("from=2026-01-01&q=a%20b");
        assertThat(got.body()).isEqualTo("{\"room\":\"Nexus 1\"}");
        assertThat(got.header("Authorization")).isEqualTo("Bearer the-callers-token");
        assertThat(got.header("Cookie")).isEqualTo("HUSET_TOKEN=abc; lang=sv");
        assertThat(got.header("X-Correlation-Id")).isEqualTo("corr-4711");
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(got.header("Proxy-Authorization")).isNull();
    }

    /** Raw HTTP, since HTTP clients manage the Connection header themselves. */
    @Test
    void headersNamedInConnectionAreNotForwarded() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/booking/hop HTTP/1.1\r\nHost: localhost\r\nConnection: close, X-Private-Hop\r\n"
                    + "X-Private-Hop: secret\r\nKeep-Alive: timeout=5\r\nX-Kept: yes\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).isEqualTo("HTTP/1.1 201 Created");
        }
        Upstream.Received got = LIVE.last();
        assertThat(got.rawPath()).isEqualTo("/api/booking/hop");
        assertThat(got.header("X-Kept")).isEqualTo("yes");
        assertThat(got.header("X-Private-Hop")).isNull();
        assertThat(got.header("Keep-Alive")).isNull();
    }

    @Test
    void pagesAreForwardedToo() {
        HttpResponse<String> response = call(HttpRequest.GET("/booking/calendar").accept("text/html"));

        assertThat(response.code()).isEqualTo(201);
        assertThat(LIVE.last().rawPath()).isEqualTo("/booking/calendar");
        assertThat(LIVE.last().header("X-Correlation-Id")).as("set by the gateway when the caller sent none")
                .isNotBlank();
    }

    @Test
    void sharedAssetsAreTheGatewaysOwnAndAServicesOwnAssetsAreForwardedByItsPrefix() {
        assertThat(call(HttpRequest.GET("/webjars/chart.js/4.4.1/dist/chart.umd.js")).code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/assets/css/huset.css")).code()).isEqualTo(200);

        assertThat(call(HttpRequest.GET("/booking/assets/js/booking.js")).code()).isEqualTo(201);
        assertThat(LIVE.last().rawPath()).isEqualTo("/booking/assets/js/booking.js");
    }

    @Test
    void otherRoutesKeepWorkingWhileAServiceIsDown() {
        assertThat(call(HttpRequest.GET("/api/intake/contacts")).code()).isEqualTo(503);

        assertThat(call(HttpRequest.GET("/login")).code()).isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/booking/rooms")).code()).isEqualTo(201);
        assertThat(call(HttpRequest.GET("/housing/units")).code()).as("an unconfigured route is not forwarded")
                .isIn(401, 404);
    }

    @Test
    void healthListsEachServicesStateAndStaysUp() {
        assertThat(text(call(HttpRequest.GET("/health")))).as("details only for signed-in users")
                .contains("\"status\":\"UP\"").doesNotContain("jdbc");
        HttpResponse<String> health = call(HttpRequest.GET("/health")
                .bearerAuth(TestTokens.token("ops", Org.REGION, "ADMIN")));

        assertThat(health.code()).isEqualTo(200);
        assertThat(text(health)).contains("\"status\":\"UP\"", "\"booking\":\"UP\"", "\"intake\":\"DOWN\"",
                "\"programs\":\"DOWN\"");
        assertThat(text(health)).doesNotContain("\"housing\"");
    }
}
