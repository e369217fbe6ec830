package se.huset.gateway;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SecurityTest extends GatewayTestSupport {

    /** Every route the gateway serves itself: anonymous, any signed-in user, or the roles that may use it. */
    private static final Access ANONYMOUS = new Access(true, List.of());
    private static final Access SIGNED_IN = new Access(false, List.of());
    private static final Access ADMIN = new Access(false, List.of(Roles.ADMIN));
    private static final Map<String, Access> EXPECTED = Map.ofEntries(
            Map.entry("GET /login", ANONYMOUS),
            Map.entry("POST /login", ANONYMOUS),
            Map.entry("POST /logout", ANONYMOUS),
            Map.entry("GET /lang", ANONYMOUS),
            Map.entry("POST /api/auth/token", ANONYMOUS),
            Map.entry("POST /api/auth/service-token", ANONYMOUS),
            Map.entry("GET /.well-known/jwks.json", ANONYMOUS),
            Map.entry("GET /health", ANONYMOUS),
            Map.entry("GET /health/{selector}", ANONYMOUS),
            Map.entry("GET /prometheus", ANONYMOUS),
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /admin/accounts", ADMIN),
            Map.entry("POST /admin/accounts", ADMIN),
            Map.entry("GET /admin/accounts/new", ADMIN),
            Map.entry("GET /admin/accounts/{id}", ADMIN),
            Map.entry("POST /admin/accounts/{id}", ADMIN),
            Map.entry("POST /admin/accounts/{id}/disable", ADMIN),
            Map.entry("POST /admin/accounts/{id}/enable", ADMIN),
            // service-kit's own endpoints, present in every process
            Map.entry("GET /api/gateway/clients/{clientId}/access-log", new Access(false, List.of(Roles.AUDITOR))),
            Map.entry("GET /api/gateway/audit/verify", new Access(false, List.of(Roles.AUDITOR))),
            Map.entry("POST /api/gateway/emergency-access", new Access(false, Roles.CLIENT_WORK)),
            Map.entry("GET /api/gateway/events", new Access(false, List.of(Roles.SERVICE))));

    @Inject
    Router router;

    record Access(boolean anonymous, List<String> roles) {
    }

    @Test
    void everyRouteHasAnEntryInTheMatrix() {
        Set<String> missing = new TreeSet<>(routes().keySet());
        missing.removeAll(EXPECTED.keySet());

        assertThat(missing).as("routes without an expectation: add them to EXPECTED").isEmpty();
        assertThat(routes().keySet()).as("expectations for routes that no longer exist")
                .containsAll(EXPECTED.keySet());
    }

    @Test
    void protectedRoutesRefuseMissingExpiredForgedAndUnsignedTokensAndWrongRoles() {
        routes().forEach((key, route) -> {
            Access access = EXPECTED.get(key);
            if (access == null || access.anonymous()) {
                return;
            }
            String path = concretePath(route);
            String role = access.roles().isEmpty() ? Roles.RECEPTION : access.roles().get(0);
            Map<String, String> refused = Map.of(
                    "missing", "",
                    "expired", TestTokens.expired("u", Org.REGION, role),
                    "forged", TestTokens.forged("u", Org.REGION, role),
                    "alg none", TestTokens.algNone("u", Org.REGION, role));
            refused.forEach((kind, token) -> {
                HttpResponse<String> response = call(request(route, path, token));
                assertThat(response.code()).as(key + " with " + kind + " token").isEqualTo(401);
                assertThat(contentType(response)).as(key).startsWith("application/problem+json");
            });
            if (!access.roles().isEmpty()) {
                String wrong = Roles.ALL.stream().filter(r -> !access.roles().contains(r)).findFirst().orElseThrow();
                HttpResponse<String> response = call(request(route, path, TestTokens.token("u", Org.REGION, wrong)));
                assertThat(response.code()).as(key + " with role " + wrong).isEqualTo(403);
            }
            HttpResponse<String> allowed = call(request(route, path, TestTokens.token("u", Org.REGION, role)));
            assertThat(allowed.code()).as(key + " with role " + role).isNotIn(401, 403);
        });
    }

    @Test
    void anonymousRoutesNeedNoToken() {
        routes().forEach((key, route) -> {
            if (EXPECTED.get(key) != null && EXPECTED.get(key).anonymous()) {
                assertThat(call(request(route, concretePath(route), "")).code()).as(key).isNotIn(401, 403);
            }
        });
        for (String path : List.of("/login", "/.well-known/jwks.json", "/health")) {
            assertThat(call(HttpRequest.GET(path)).code()).as(path).isEqualTo(200);
        }
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
            assertThat(response.getHeaders().get("Referrer-Policy")).isEqualTo("no-referrer");
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

    private Map<String, UriRouteInfo<?, ?>> routes() {
        Map<String, UriRouteInfo<?, ?>> routes = new HashMap<>();
        // HEAD is answered by the GET route, with the same security
        router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .forEach(r -> routes.put(r.getHttpMethodName() + " " + r.getUriMatchTemplate(), r));
        return routes;
    }

    private static String concretePath(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name ->
                values.put(name, "clientId".equals(name) ? UUID.randomUUID().toString() : "1"));
        return route.getUriMatchTemplate().expand(values);
    }

    /** A request the route accepts apart from its token: a form post for form endpoints, JSON otherwise. */
    private static MutableHttpRequest<?> request(UriRouteInfo<?, ?> route, String path, String token) {
        boolean form = route.getConsumes().stream().anyMatch(t -> t.equals(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        MutableHttpRequest<?> request = route.getHttpMethod() == HttpMethod.GET
                ? HttpRequest.GET(path)
                : HttpRequest.create(route.getHttpMethod(), path).body(form ? "a=b" : "{}")
                        .contentType(form ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.APPLICATION_JSON_TYPE);
        return token.isEmpty() ? request : request.bearerAuth(token);
    }
}
