package se.huset.kit.testing;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
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
 * Checks every route of a process against an expectation table. A route missing from the table, or an entry for a
 * route that no longer exists, fails the test: no endpoint is added without deciding who may call it. Protected
 * routes must answer 401 problem+json to a missing, expired, forged or {@code alg: none} token, 403 to a role not
 * allowed, and neither to an allowed role; anonymous routes must answer without a token.
 */
public final class AuthorizationMatrix {

    private record Access(boolean anonymous, Set<String> roles, boolean internal) {
        Access(boolean anonymous, Set<String> roles) {
            this(anonymous, roles, false);
        }
    }

    private final Map<String, Access> expected = new LinkedHashMap<>();

    /** {@code route} is "METHOD /path/{var}" as declared. */
    public AuthorizationMatrix anonymous(String route) {
        expected.put(route, new Access(true, Set.of()));
        return this;
    }

    /** Any signed-in user, whatever the role. */
    public AuthorizationMatrix signedIn(String route) {
        expected.put(route, new Access(false, Set.of()));
        return this;
    }

    public AuthorizationMatrix roles(String route, Set<String> roles) {
        expected.put(route, new Access(false, Set.copyOf(roles)));
        return this;
    }

    /**
     * The routes service-kit gives every service: the audit log and its verification (auditors), the steering figures, the OpenAPI document (any signed-in user) and the language switch.
     */
    public AuthorizationMatrix kitRoutes(String service) {
        String api = "/api/" + service;
        return roles("GET " + api + "/audit", Set.of(Roles.AUDITOR))
                .roles("GET " + api + "/audit/verify", Set.of(Roles.AUDITOR))
                .roles("GET " + api + "/stats", Set.of(Roles.STEERING, Roles.USER_ORG, Roles.SERVICE))
                .signedIn("GET " + api + "/openapi.yml")
                .anonymous("GET /lang");
    }

    /**
     * The kit's routes around client data, for a service that holds some: a client's access log (auditors),
     * emergency access, asked for by client work, noticed by the care team's roles, reviewed by auditors, and the
     * service's part of the client overview's timeline, for client work.
     */
    public AuthorizationMatrix clientDataRoutes(String service) {
        String api = "/api/" + service;
        Set<String> clientWork = Set.copyOf(Roles.CLIENT_WORK);
        return roles("GET " + api + "/clients/{clientId}/access-log", Set.of(Roles.AUDITOR))
                .roles("GET " + api + "/clients/{clientId}/timeline", clientWork)
                .roles("POST " + api + "/emergency-access", clientWork)
                .roles("GET " + api + "/emergency-access/situations", clientWork)
                .roles("GET " + api + "/emergency-access/notices", Set.of(Roles.THERAPIST, Roles.SOCIAL_WORKER))
                .roles("GET " + api + "/emergency-access/reviews", Set.of(Roles.AUDITOR))
                .roles("POST " + api + "/emergency-access/{id}/review", Set.of(Roles.AUDITOR));
    }

    /**
     * A route of the gateway's internal listener, which the test's client does not reach (it answers 404 there): the
     * test of that listener checks who may call it.
     */
    public AuthorizationMatrix internalListener(String route) {
        expected.put(route, new Access(false, Set.of(), true));
        return this;
    }

    public void verify(Router router, HttpClient client) {
        Map<String, UriRouteInfo<?, ?>> routes = DeclaredRoutes.of(router);
        Set<String> missing = new TreeSet<>(routes.keySet());
        missing.removeAll(expected.keySet());
        assertThat(missing).as("routes without an entry in the authorization matrix").isEmpty();
        assertThat(routes.keySet()).as("matrix entries for routes that no longer exist").containsAll(expected.keySet());

        List<String> failures = new ArrayList<>();
        routes.forEach((key, route) -> {
            Access access = expected.get(key);
            String path = concrete(key.substring(key.indexOf(' ') + 1));
            if (access.internal()) {
                return;
            }
            if (access.anonymous()) {
                expectNot(client, route, path, null, "no token", failures);
                return;
            }
            String allowed = access.roles().isEmpty() ? Roles.RECEPTION : access.roles().iterator().next();
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("missing", null);
            bad.put("expired", TestTokens.expired("x", Org.REGION, allowed));
            bad.put("forged", TestTokens.forged("x", Org.REGION, allowed));
            bad.put("alg-none", TestTokens.algNone("x", Org.REGION, allowed));
            bad.forEach((what, token) -> {
                HttpResponse<?> r = send(client, route, path, token);
                if (r.code() != 401 || !r.getContentType().map(t -> t.toString().startsWith("application/problem+json")).orElse(false)) {
                    failures.add(key + " with " + what + " token: expected 401 problem+json, got " + r.code());
                }
            });
            if (!access.roles().isEmpty()) {
                Roles.ALL.stream().filter(r -> !access.roles().contains(r)).findFirst().ifPresent(wrong -> {
                    int code = send(client, route, path, TestTokens.token("x", Org.REGION, wrong)).code();
                    if (code != 403) {
                        failures.add(key + " with role " + wrong + ": expected 403, got " + code);
                    }
                });
            }
            expectNot(client, route, path, TestTokens.token("x", Org.REGION, allowed), "role " + allowed, failures);
        });
        assertThat(failures).as("authorization failures").isEmpty();
    }

    private static void expectNot(HttpClient client, UriRouteInfo<?, ?> route, String path, String token, String what,
                                  List<String> failures) {
        int code = send(client, route, path, token).code();
        if (code == 401 || code == 403) {
            failures.add(route.getHttpMethod() + " " + path + " with " + what + ": refused with " + code);
        }
    }

    /** An empty body of the kind the route takes (JSON, or a form for the pages' form posts). */
    private static HttpResponse<?> send(HttpClient client, UriRouteInfo<?, ?> route, String path, String token) {
        HttpMethod method = route.getHttpMethod();
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            boolean form = route.getConsumes().stream()
                    .anyMatch(t -> t.equals(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
            request.body(form ? "" : "{}");
            request.contentType(form ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.APPLICATION_JSON_TYPE);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        } catch (ReadTimeoutException e) {
            throw new AssertionError(method + " " + path + " gave no answer (read timeout)", e);
        }
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
