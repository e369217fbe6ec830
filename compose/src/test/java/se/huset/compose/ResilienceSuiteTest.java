package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite from its built jars: with intake killed (kill -9) the gateway answers for it with 503 problem+json
 * within 2 seconds and its own routes keep working; after intake restarts, no acknowledged contact is missing
 * (issue 2, "Done when").
 */
class ResilienceSuiteTest {

    private static final int CONTACTS = 20;
    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        suite = Suite.start("intake");
    }

    @Test
    void intakeDownAnswers503AndNoAcknowledgedContactIsLostAfterRestart() {
        String token = suite.login("reception.region", "huset-demo");

        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            HttpResponse<String> created = suite.post("gateway", "/api/intake/contacts", contact(i), token,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(created.statusCode()).as("POST /api/intake/contacts #%d: %s", i, created.body()).isEqualTo(201);
            acknowledged.add(Suite.field(created.body(), "id"));
        }

        suite.kill("intake");

        long start = System.nanoTime();
        HttpResponse<String> down = suite.get("gateway", "/api/intake/contacts?status=NEW", token);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(down.statusCode()).as("intake down, through the gateway: %s", down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).as("content type of the 503")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(took).as("time to the 503").isLessThan(Duration.ofSeconds(2));
        assertThat(suite.get("gateway", "/.well-known/jwks.json", null).statusCode())
                .as("the gateway's JWKS with intake down").isEqualTo(200);
        assertThat(suite.get("gateway", "/health", null).statusCode())
                .as("the gateway's /health with intake down").isEqualTo(200);

        suite.restart("intake");

        for (String id : acknowledged) {
            HttpResponse<String> read = suite.get("gateway", "/api/intake/contacts/" + id, token);
            assertThat(read.statusCode()).as("acknowledged contact %s after the restart: %s", id, read.body())
                    .isEqualTo(200);
        }
    }

    private static String contact(int i) {
        return """
                {"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],\
                "reason":"resilience test %d","person":{"anonymous":true}}""".formatted(i);
    }
}
