package se.huset.gateway;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins, failed sign-ins, lockouts and token issues are in the gateway's audit log, which the auditor can ask. */
@MicronautTest(transactional = false)
class SignInAuditTest extends GatewayTestSupport {

    private static final String AUDITOR = TestTokens.token("auditor", Org.REGION, Roles.AUDITOR);

    @Test
    void everyAttemptIsLoggedAndTheAuditorFindsThemByUser() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);
        for (int n = 0; n < 5; n++) {
            signIn(username, "wrong-password");
        }
        assertThat(signIn(username, PASSWORD)).as("locked out").isEqualTo(429);

        String other = newAccount(Org.KOMMUN, Roles.THERAPIST);
        assertThat(signIn(other, PASSWORD)).isEqualTo(200);

        assertThat(trail(username)).extracting(r -> r.get("action") + " " + r.get("outcome") + " " + r.get("basis"))
                .containsExactly("SIGN_IN DENIED BAD_CREDENTIALS", "SIGN_IN DENIED BAD_CREDENTIALS",
                        "SIGN_IN DENIED BAD_CREDENTIALS", "SIGN_IN DENIED BAD_CREDENTIALS",
                        "SIGN_IN DENIED BAD_CREDENTIALS", "SIGN_IN DENIED LOCKED_OUT");
        assertThat(trail(other)).extracting(r -> r.get("action") + " " + r.get("outcome") + " " + r.get("roles"))
                .containsExactly("SIGN_IN ALLOWED THERAPIST", "ISSUE_TOKEN ALLOWED THERAPIST");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/gateway/audit/verify").bearerAuth(AUDITOR),
                Argument.mapOf(String.class, Object.class))).containsEntry("valid", true);
    }

    @Test
    void onlyTheAuditorMayAsk() {
        String therapist = TestTokens.token("therapist.region", Org.REGION, Roles.THERAPIST);
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/gateway/audit?username=x").bearerAuth(therapist));
            throw new AssertionError("a therapist read the audit log");
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(403);
        }
    }

    private int signIn(String username, String password) {
        HttpResponse<String> response = call(HttpRequest.POST("/api/auth/token",
                Map.of("username", username, "password", password)));
        return response.code();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trail(String username) {
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/gateway/audit?username=" + username)
                .bearerAuth(AUDITOR), Argument.mapOf(String.class, Object.class));
        return (List<Map<String, Object>>) page.get("items");
    }
}
