package se.huset.gateway;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insider keeps a copy of a token (a second tab, a copied cookie, a script's bearer) after logging out, or after
 * an admin disabled the account or reset its password. The gateway refuses it at once, and lists it on the internal
 * listener, where every service's poller reads it (the kit's {@code RevocationPoller}; booking's
 * {@code RevokedTokenTest} shows a service refusing it).
 */
@MicronautTest(transactional = false)
class TokenRevocationTest extends GatewayTestSupport {

    private static final String ADMIN = TestTokens.token("admin", Org.REGION, Roles.ADMIN);

    @Inject
    JsonMapper json;

    private final HttpClient internal = internalClient();

    @AfterAll
    void closeInternal() {
        internal.close();
    }

    @Test
    void aTokenUsedAfterLogoutIsRefusedAndListedForTheServices() throws Exception {
        String username = newAccount(Org.REGION, Roles.ADMIN);
        String token = signIn(username);
        String other = signIn(username);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(token)).code()).isEqualTo(200);

        HttpResponse<String> logout = call(form("/logout", "").bearerAuth(token));

        assertThat(logout.code()).isEqualTo(303);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(token)).code()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(other)).code())
                .as("only the session logged out of ends").isEqualTo(200);
        assertThat(revoked("tokens", "id")).contains(idOfToken(token)).doesNotContain(idOfToken(other));
    }

    @Test
    void disablingAnAccountOrResettingItsPasswordEndsEveryTokenItHolds() throws Exception {
        String disabled = newAccount(Org.KOMMUN, Roles.THERAPIST);
        String reset = newAccount(Org.REGION, Roles.ADMIN);
        String disabledToken = signIn(disabled);
        String resetToken = signIn(reset);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(resetToken)).code()).isEqualTo(200);

        call(form("/admin/accounts/" + idOf(disabled) + "/disable", "").bearerAuth(ADMIN));
        call(form("/admin/accounts/" + idOf(reset), "displayName=Reset&roles=ADMIN&org=REGION&unit=Nexus"
                + "&password=ett-nytt-losenord").bearerAuth(ADMIN));

        assertThat(call(HttpRequest.GET("/").bearerAuth(disabledToken)).code()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(resetToken)).code()).isEqualTo(401);
        assertThat(revoked("tokens", "id")).contains(idOfToken(disabledToken), idOfToken(resetToken));
        String fresh = text(call(HttpRequest.POST("/api/auth/token",
                Map.of("username", reset, "password", "ett-nytt-losenord"))));
        assertThat(call(HttpRequest.GET("/admin/accounts").bearerAuth(accessToken(fresh))).code())
                .as("a token issued after the reset works").isEqualTo(200);
        assertThat(revoked("tokens", "id")).doesNotContain(idOfToken(accessToken(fresh)));
    }

    @Test
    void onlyTheServicesReadTheListAndOnlyOnTheInternalListener() {
        String staff = signIn(newAccount(Org.REGION, Roles.AUDITOR));

        assertThat(internal(HttpRequest.GET("/api/auth/revocations")).code()).isEqualTo(401);
        assertThat(internal(HttpRequest.GET("/api/auth/revocations").bearerAuth(staff)).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/auth/revocations").bearerAuth(serviceToken("intake"))).code())
                .isEqualTo(404);
    }

    private static String idOfToken(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    }

    private String signIn(String username) {
        return accessToken(text(call(HttpRequest.POST("/api/auth/token",
                Map.of("username", username, "password", PASSWORD)))));
    }

    private String accessToken(String body) {
        return (String) parse(body).get("access_token");
    }

    private Map<?, ?> parse(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String serviceToken(String service) {
        return accessToken(text(internal(HttpRequest.POST("/api/auth/service-token",
                Map.of("service", service, "secret", secretOf(service))))));
    }

    /** One field of every entry of the list a service reads. */
    private List<Object> revoked(String list, String field) {
        HttpResponse<String> response = internal(HttpRequest.GET("/api/auth/revocations").bearerAuth(serviceToken("booking")));
        assertThat(response.code()).isEqualTo(200);
        return ((List<?>) parse(text(response)).get(list)).stream().<Object>map(e -> ((Map<?, ?>) e).get(field)).toList();
    }

    private HttpResponse<String> internal(MutableHttpRequest<?> request) {
        try {
            return internal.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private static HttpClient internalClient() {
        try {
            return HttpClient.create(URI.create("http://127.0.0.1:" + INTERNAL_PORT).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
