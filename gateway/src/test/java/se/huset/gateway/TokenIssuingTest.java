package se.huset.gateway;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TokenIssuingTest extends GatewayTestSupport {

    @Inject
    JsonMapper json;

    @Test
    void issuedTokenVerifiesAgainstThePublishedJwksAndCarriesTheClaims() throws Exception {
        String username = newAccount(Org.KOMMUN, Roles.THERAPIST, Roles.AUDITOR);

        HttpResponse<String> response = call(tokenRequest(username, PASSWORD));

        assertThat(response.code()).isEqualTo(200);
        Map<?, ?> body = json.readValue(text(response), Map.class);
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(1800);
        SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));

        HttpResponse<String> jwks = call(HttpRequest.GET("/.well-known/jwks.json"));
        assertThat(jwks.code()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(text(jwks));
        JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's kid is published").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();

        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(username);
        assertThat(claims.getStringListClaim("roles")).containsExactlyInAnyOrder(Roles.THERAPIST, Roles.AUDITOR);
        assertThat(claims.getStringClaim("org")).isEqualTo("KOMMUN");
        assertThat(claims.getStringClaim("unit")).isEqualTo("Nexus");
        assertThat(claims.getStringClaim("name")).isEqualTo("Test " + username);
        assertThat(claims.getAudience()).as("staff work across the suite")
                .containsExactlyInAnyOrder("gateway", "intake", "booking", "programs", "housing", "followup", "rollout", "casework");
        long lifetime = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertThat(lifetime).isEqualTo(1800);
    }

    @Test
    void theGatewayAcceptsItsOwnTokens() throws Exception {
        String token = tokenFor(newAccount(Org.REGION, Roles.RECEPTION));

        HttpResponse<String> home = call(HttpRequest.GET("/").bearerAuth(token));

        assertThat(home.code()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAnswer401ProblemJson() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        for (HttpResponse<String> response : List.of(call(tokenRequest(username, "wrong-password")),
                call(tokenRequest("nobody-" + username, PASSWORD)))) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(text(response)).contains(ProblemTypes.UNAUTHORIZED);
        }
    }

    @Test
    void theSixthAttemptWithinTheWindowIsRefusedEvenWithTheRightPassword() throws Exception {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        for (int i = 0; i < 5; i++) {
            assertThat(call(tokenRequest(username, "wrong-" + i)).code()).isEqualTo(401);
        }
        HttpResponse<String> sixth = call(tokenRequest(username, PASSWORD));

        assertThat(sixth.code()).isEqualTo(429);
        assertThat(contentType(sixth)).startsWith("application/problem+json");
        assertThat(text(sixth)).contains(ProblemTypes.TOO_MANY_REQUESTS);
        assertThat(sixth.getHeaders().get("Retry-After")).isEqualTo("900");
        assertThat(storedFailures(username)).as("kept in the database, shared by replicas").isEqualTo(5);
        assertThat(call(tokenRequest(username.toUpperCase(), PASSWORD)).code())
                .as("the same username in other case is the same account").isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = newAccount(Org.REGION, Roles.RECEPTION);
        for (int i = 0; i < 4; i++) {
            call(tokenRequest(username, "wrong-" + i));
        }

        assertThat(call(tokenRequest(username, PASSWORD)).code()).isEqualTo(200);

        assertThat(storedFailures(username)).isZero();
    }

    @Test
    void aDisabledAccountIsRefused() {
        String username = newAccount(Org.KOMMUN, Roles.SOCIAL_WORKER);
        accounts.setEnabled(accounts.byUsername(username).orElseThrow(), false, Staff.inProcess("test"));

        HttpResponse<String> response = call(tokenRequest(username, PASSWORD));

        assertThat(response.code()).isEqualTo(401);
        assertThat(contentType(response)).startsWith("application/problem+json");
    }

    @Test
    void malformedOrIncompleteRequestsAnswer400ProblemJson() {
        for (String bad : List.of("{}", "{\"username\":\"a\"}", "{\"username\":\"\",\"password\":\"x\"}", "{not json",
                "{\"username\":\"" + "a".repeat(65) + "\",\"password\":\"x\"}", "[]")) {
            HttpResponse<String> response = call(HttpRequest.POST("/api/auth/token", bad)
                    .contentType("application/json"));
            assertThat(response.code()).as(bad).isEqualTo(400);
            assertThat(contentType(response)).as(bad).startsWith("application/problem+json");
        }
    }

    String tokenFor(String username) throws Exception {
        return (String) json.readValue(text(call(tokenRequest(username, PASSWORD))), Map.class).get("access_token");
    }

    static io.micronaut.http.MutableHttpRequest<?> tokenRequest(String username, String password) {
        return HttpRequest.POST("/api/auth/token", Map.of("username", username, "password", password));
    }

    private long storedFailures(String username) throws Exception {
        try (Connection conn = database().connect();
             PreparedStatement ps = conn.prepareStatement("select count(*) from login_failure where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
