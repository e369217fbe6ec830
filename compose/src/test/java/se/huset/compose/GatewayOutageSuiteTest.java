package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the gateway killed, a service keeps accepting tokens the gateway signed before it went down, even once its
 * copy of the signing keys is due for a refresh it cannot get (kit's LastKnownSigningKeys); a token it cannot
 * verify is still refused.
 */
class GatewayOutageSuiteTest {

    @AutoClose
    private static Suite suite;

    @BeforeAll
    static void boot() {
        // the keys are due for a refresh after a second, so the refresh falls inside the outage
        suite = Suite.start(Map.of("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_GATEWAY_CACHE_EXPIRATION", "1"), "intake");
    }

    @Test
    void aServiceVerifiesTokensWithTheLastKnownKeysWhileTheGatewayIsDown() throws Exception {
        String first = suite.login("reception.region", "huset-demo");
        String unseen = suite.login("therapist.region", "huset-demo");
        assertThat(queue(first).statusCode()).as("intake fetches the keys while the gateway is up").isEqualTo(200);

        suite.kill("gateway");
        Thread.sleep(1_500);

        HttpResponse<String> answer = queue(unseen);
        assertThat(answer.statusCode()).as("a token intake has not seen, gateway down: %s", answer.body()).isEqualTo(200);
        assertThat(queue(unseen.substring(0, unseen.length() - 4) + "AAAA").statusCode())
                .as("a token with a broken signature, gateway down").isEqualTo(401);
    }

    /** Directly to intake: the gateway is not on the path. */
    private static HttpResponse<String> queue(String token) {
        return suite.get("intake", "/api/intake/contacts?status=NEW", token);
    }
}
