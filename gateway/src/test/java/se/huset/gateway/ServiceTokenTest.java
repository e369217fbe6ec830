package se.huset.gateway;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
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
import se.huset.contracts.security.Roles;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Service tokens as an insider would try to get one: from the public listener, in another service's name, with a
 * weak or published secret. Only the internal listener issues them, only to the service whose own secret is shown.
 */
@MicronautTest(transactional = false)
class ServiceTokenTest extends GatewayTestSupport {

    @Inject
    JsonMapper json;

    private final HttpClient internal = internalClient();

    @AfterAll
    void closeInternal() {
        internal.close();
    }

    @Test
    void thePublicListenerIssuesNoServiceTokenEvenForTheRightSecret() {
        HttpResponse<String> response = call(serviceTokenRequest("booking", secretOf("booking")));

        assertThat(response.code()).isEqualTo(404);
        assertThat(text(response)).doesNotContain("access_token");
    }

    @Test
    void theInternalListenerIssuesTheServiceItsOwnGrant() throws Exception {
        HttpResponse<String> response = internal(serviceTokenRequest("followup", secretOf("followup")));

        assertThat(response.code()).isEqualTo(200);
        JWTClaimsSet claims = claimsOf(response);
        assertThat(claims.getSubject()).isEqualTo("service:followup");
        assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.SERVICE);
        assertThat(claims.getStringClaim("scope")).isEqualTo("events:read revocations:read");
        assertThat(claims.getAudience()).containsExactlyInAnyOrder("intake", "booking", "programs", "housing", "gateway");

        JWTClaimsSet rollout = claimsOf(internal(serviceTokenRequest("rollout", secretOf("rollout"))));
        assertThat(rollout.getStringClaim("scope")).isEqualTo("revocations:read stats:read");
        assertThat(rollout.getAudience()).doesNotContain("rollout");

        JWTClaimsSet intake = claimsOf(internal(serviceTokenRequest("intake", secretOf("intake"))));
        assertThat(intake.getStringClaim("scope")).as("intake reads nobody, only the revocations")
                .isEqualTo("revocations:read");
        assertThat(intake.getAudience()).containsExactly("gateway");
    }

    @Test
    void anotherServicesNameWithThisServicesSecretIsRefused() {
        for (String impersonated : List.of("rollout", "followup", "booking")) {
            HttpResponse<String> response = internal(serviceTokenRequest(impersonated, secretOf("intake")));

            assertThat(response.code()).as(impersonated).isEqualTo(401);
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(text(response)).doesNotContain("access_token");
        }
    }

    @Test
    void aWrongOrMissingSecretIsRefused() {
        assertThat(internal(serviceTokenRequest("booking", secretOf("booking") + "x")).code()).isEqualTo(401);
        assertThat(internal(HttpRequest.POST("/api/auth/service-token", Map.of("service", "booking"))).code())
                .isEqualTo(400);
    }

    @Test
    void theInternalListenerServesNoUserSignIn() {
        assertThat(internal(TokenIssuingTest.tokenRequest("anyone", PASSWORD)).code()).isEqualTo(404);
    }

    @Test
    void startUpFailsWhenAServiceSecretIsMissingShortOrAPublishedDefault() {
        Map<Map<String, String>, String> refusals = Map.of(
                Map.of("huset.service-secrets.rollout", "dev-service-secret-change-me-0123456789abcdef"),
                "huset.service-secrets.rollout (HUSET_ROLLOUT_SERVICE_SECRET) is a published default",
                Map.of("huset.service-secrets.booking", "only-31-characters-long-0123456"),
                "huset.service-secrets.booking (HUSET_BOOKING_SERVICE_SECRET) is shorter than 32 characters",
                Map.of("huset.service-secrets.housing", ""),
                "huset.service-secrets.housing (HUSET_HOUSING_SERVICE_SECRET) is not set",
                Map.of("huset.service-secrets.housing", secretOf("booking")),
                "is the same as another service's secret");
        refusals.forEach((bad, why) -> {
            Map<String, Object> properties = new HashMap<>(getProperties());
            properties.putAll(bad);
            assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                    .as(bad.toString()).hasStackTraceContaining(why);
        });
    }

    private JWTClaimsSet claimsOf(HttpResponse<String> response) throws Exception {
        return SignedJWT.parse((String) json.readValue(text(response), Map.class).get("access_token")).getJWTClaimsSet();
    }

    private static MutableHttpRequest<?> serviceTokenRequest(String service, String secret) {
        return HttpRequest.POST("/api/auth/service-token", Map.of("service", service, "secret", secret));
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
