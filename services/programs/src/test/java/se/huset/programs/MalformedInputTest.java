package se.huset.programs;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.RawHttp;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's refusal of undecodable or NUL-bearing input holds in programs too: 400 problem+json, never a 500. */
@MicronautTest(transactional = false)
class MalformedInputTest extends ProgramsTestSupport {

    @Inject
    EmbeddedServer server;

    private static void badRequest(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nulInAPathVariableNeverReachesTheDatabase() {
        badRequest(RawHttp.send(server.getPort(), "GET", "/api/programs/catalog/%00",
                Map.of("Authorization", "Bearer " + ADMIN), null));
    }

    @Test
    void brokenPercentEncodingInAFormIsABadRequest() {
        badRequest(RawHttp.send(server.getPort(), "POST", "/programs/catalog/MI", Map.of("Authorization", "Bearer " + ADMIN,
                "Accept", "text/html", "Content-Type", "application/x-www-form-urlencoded"), "name=%zz"));
    }
}
