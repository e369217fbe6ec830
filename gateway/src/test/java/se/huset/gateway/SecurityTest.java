package se.huset.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.AuthorizationMatrix;
import se.huset.kit.testing.OpenApiCoverage;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SecurityTest extends GatewayTestSupport {

    @Inject
    Router router;

    /** Every route the gateway serves itself, and who may call it; a route without a line here fails the build. */
    @Test
    void everyRouteRefusesBadTokensAndWrongRolesAndOpensToTheRightOnes() {
        Set<String> admin = Set.of(Roles.ADMIN);
        new AuthorizationMatrix()
                .anonymous("GET /login")
                .anonymous("POST /login")
                .anonymous("POST /logout")
                .anonymous("GET /lang")
                .anonymous("POST /api/auth/token")
                .anonymous("POST /api/auth/service-token")
                .internalListener("GET /api/auth/revocations")
                .anonymous("GET /.well-known/jwks.json")
                .signedIn("GET /")
                .signedIn("GET /account/password")
                .signedIn("POST /account/password")
                .roles("GET /admin/accounts", admin)
                .roles("POST /admin/accounts", admin)
                .roles("GET /admin/accounts/new", admin)
                .roles("GET /admin/accounts/{id}", admin)
                .roles("POST /admin/accounts/{id}", admin)
                .roles("POST /admin/accounts/{id}/disable", admin)
                .roles("POST /admin/accounts/{id}/enable", admin)
                .roles("GET /api/gateway/audit", Set.of(Roles.AUDITOR))
                .roles("GET /api/audit", Set.of(Roles.AUDITOR))
                .roles("GET /api/gateway/audit/verify", Set.of(Roles.AUDITOR))
                .signedIn("GET /api/gateway/openapi.yml")
                .signedIn("GET /api-docs")
                .verify(router, client);
        for (String path : List.of("/login", "/.well-known/jwks.json", "/health")) {
            assertThat(call(HttpRequest.GET(path)).code()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("gateway", router, client);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (MutableHttpRequest<?> request : List.<MutableHttpRequest<?>>of(HttpRequest.GET("/login"),
                HttpRequest.GET("/api/booking/x"), HttpRequest.GET("/api/intake/x"), HttpRequest.GET("/nowhere"))) {
            HttpResponse<String> response = call(request);
            String csp = response.getHeaders().get("Content-Security-Policy");
            assertThat(csp).as(request.getPath()).contains("frame-ancestors 'none'");
            String scriptSrc = csp.substring(csp.indexOf("script-src"));
            scriptSrc = scriptSrc.substring(0, scriptSrc.indexOf(';'));
            assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeaders().getAll("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.getHeaders().get("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeaders().get("X-Correlation-Id")).isNotBlank();
        }
    }

    @Test
    void crossSiteFormPostsAreRefused() {
        String username = newAccount(Org.REGION, Roles.RECEPTION);

        HttpResponse<String> response = call(form("/login", "username=" + username + "&password=" + PASSWORD)
                .header("Sec-Fetch-Site", "cross-site"));

        assertThat(response.code()).isEqualTo(403);
    }

    @Test
    void aPostWithTheLoginCookieFromAnotherOriginIsRefused() {
        HttpResponse<String> response = call(form("/logout", "").header("Cookie", "HUSET_TOKEN=session")
                .header("Origin", "https://evil.example"));

        assertThat(response.code()).isEqualTo(403);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(call(form("/logout", "").header("Cookie", "HUSET_TOKEN=session")
                .header("Origin", "http://localhost:8080")).code()).as("from the public origin").isEqualTo(303);
    }
}
