package se.huset.kit.testing;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every route a process's router knows, as "METHOD /template" (query variables left out), without HEAD (it mirrors
 * GET) and without the management routes every process has by design: what the authorization matrix and the OpenAPI
 * document must both account for.
 */
public final class DeclaredRoutes {

    /** Health and metrics: public in every process, no part of its API. */
    static final Set<String> MANAGEMENT = Set.of("GET /health", "GET /health/{selector}", "GET /prometheus");

    private DeclaredRoutes() {
    }

    public static Map<String, UriRouteInfo<?, ?>> of(Router router) {
        Map<String, UriRouteInfo<?, ?>> routes = new TreeMap<>();
        router.uriRoutes().forEach(route -> {
            String template = route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "");
            String key = route.getHttpMethod() + " " + (template.isEmpty() ? "/" : template);
            if (route.getHttpMethod() != HttpMethod.HEAD && !MANAGEMENT.contains(key)) {
                routes.putIfAbsent(key, route);
            }
        });
        return routes;
    }
}
