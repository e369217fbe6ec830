package se.huset.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone signed in changes their own password; a stolen session cannot be used to guess the current one. */
@MicronautTest(transactional = false)
class PasswordChangeTest extends GatewayTestSupport {

    @Inject
    JsonMapper json;

    @Test
    void changingTheOwnPasswordEndsTheOldSessions() throws Exception {
        String username = newAccount(Org.REGION, Roles.ADMIN);
        String before = signIn(username, PASSWORD);

        HttpResponse<String> changed = call(form("/account/password",
                "current=" + PASSWORD + "&password=ett-nytt-losen&repeat=ett-nytt-losen").bearerAuth(before));

        assertThat(changed.code()).isEqualTo(303);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(before)).code()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(signIn(username, "ett-nytt-losen"))).code())
                .isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledAsASignInIs() throws Exception {
        String username = newAccount(Org.KOMMUN, Roles.THERAPIST);
        String stolen = signIn(username, PASSWORD);
        for (int n = 0; n < 5; n++) {
            assertThat(call(form("/account/password", "current=gissning-" + n + "&password=ett-nytt-losen"
                    + "&repeat=ett-nytt-losen").bearerAuth(stolen)).code()).isEqualTo(400);
        }

        HttpResponse<String> right = call(form("/account/password",
                "current=" + PASSWORD + "&password=ett-nytt-losen&repeat=ett-nytt-losen").bearerAuth(stolen));

        assertThat(right.code()).as("locked out, even with the right password").isEqualTo(429);
        assertThat(call(HttpRequest.POST("/api/auth/token", Map.of("username", username, "password", "ett-nytt-losen")))
                .code()).as("the password is unchanged").isIn(401, 429);
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> response = call(HttpRequest.POST("/api/auth/token",
                Map.of("username", username, "password", password)));
        return (String) json.readValue(text(response), Map.class).get("access_token");
    }
}
