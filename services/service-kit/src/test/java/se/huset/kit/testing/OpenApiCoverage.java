package se.huset.kit.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.web.router.Router;
import org.yaml.snakeyaml.Yaml;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process's OpenAPI document, as it serves it ({@code GET /api/{service}/openapi.yml}), names every route its router
 * knows and none it does not. A route the generator cannot see (a service-kit controller left out of the
 * application's {@code @OpenAPIInclude}, say) fails here.
 */
public final class OpenApiCoverage {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "options", "trace");

    private OpenApiCoverage() {
    }

    public static void verify(String service, Router router, HttpClient client) {
        String document = client.toBlocking().retrieve(HttpRequest.GET("/api/" + service + "/openapi.yml")
                .bearerAuth(TestTokens.token("docs.reader", Org.REGION, Roles.RECEPTION)));
        Set<String> documented = documentedRoutes(document);
        Set<String> declared = DeclaredRoutes.of(router).keySet();

        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(documented);
        assertThat(missing).as("routes missing from the OpenAPI document of " + service).isEmpty();
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(declared);
        assertThat(extra).as("routes in the OpenAPI document of " + service + " that it does not serve").isEmpty();
    }

    /** "METHOD /path" for each operation of the document. */
    @SuppressWarnings("unchecked")
    static Set<String> documentedRoutes(String document) {
        Map<String, Object> openApi = new Yaml().load(document);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(OPERATIONS::contains)
                .forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }
}
