package se.huset.kit.testing;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every route of a process against an expectation table: a route missing from the table fails the test, so
 * an endpoint cannot be added without deciding who may call it. Protected routes must answer 401 to a missing,
 * expired, forged or {@code alg: none} token and 403 to a valid token of a role not allowed.
 */
public final class AuthorizationMatrix {

    public static final Set<String> ANONYMOUS = Set.of();
    private static final Set<String> MANAGEMENT = Set.of("/health", "/health/{selector}", "/prometheus",
            "/health/liveness", "/health/readiness");

    private final Map<String, Set<String>> expected = new LinkedHashMap<>();

    /** {@code route} is "METHOD /path/{var}"; {@code roles} empty means anonymous access is intended. */
    public AuthorizationMatrix allow(String route, Set<String> roles) {
        expected.put(route, roles);
        return this;
    }

    public void verify(Router router, HttpClient client) {
        List<String> missing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            String key = key(route);
            String path = key.substring(key.indexOf(' ') + 1);
            // HEAD mirrors GET; health and metrics are public by design
            if (route.getHttpMethod() == HttpMethod.HEAD || MANAGEMENT.contains(path) || !seen.add(key)) {
                return;
            }
            Set<String> roles = expected.get(key);
            if (roles == null) {
                missing.add(key);
                return;
            }
            if (roles.isEmpty()) {
                return;
            }
            check(client, route.getHttpMethod(), concrete(path), roles, failures);
        });
        assertThat(missing).as("routes without an entry in the authorization matrix").isEmpty();
        assertThat(failures).as("authorization failures").isEmpty();
    }

    private static void check(HttpClient client, HttpMethod method, String path, Set<String> roles, List<String> failures) {
        String allowedRole = roles.iterator().next();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("missing", null);
        bad.put("expired", TestTokens.expired("x", Org.REGION, allowedRole));
        bad.put("forged", TestTokens.forged("x", Org.REGION, allowedRole));
        bad.put("alg-none", TestTokens.algNone("x", Org.REGION, allowedRole));
        bad.forEach((what, token) -> expect(client, method, path, token, 401, what + " token", failures));
        Roles.ALL.stream().filter(r -> !roles.contains(r)).findFirst().ifPresent(wrong ->
                expect(client, method, path, TestTokens.token("x", Org.REGION, wrong), 403, "role " + wrong, failures));
    }

    private static void expect(HttpClient client, HttpMethod method, String path, String token, int status, String what,
                               List<String> failures) {
        MutableHttpRequest<?> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request = HttpRequest.create(method, path).body("{}");
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        int actual;
        try {
            actual = client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            actual = e.getStatus().getCode();
        }
        if (actual != status) {
            failures.add(method + " " + path + " with " + what + ": expected " + status + " but got " + actual);
        }
    }

    private static String key(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "");
        return route.getHttpMethod() + " " + (template.isEmpty() ? "/" : template);
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
