package se.huset.gateway.proxy;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.convert.format.MapFormat;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services the gateway forwards to, from {@code huset.routes.<service>=<base URL>}. A service answers its API
 * under {@code /api/<service>/…} and its pages under {@code /<service>/…}; a route left empty is not served.
 */
@Singleton
public class Routes {

    private final Map<String, URI> targets;

    public Routes(@Property(name = "huset.routes")
                  @MapFormat(transformation = MapFormat.MapTransformation.FLAT) Map<String, String> routes) {
        Map<String, URI> configured = new TreeMap<>();
        routes.forEach((service, url) -> {
            if (url != null && !url.isBlank()) {
                configured.put(service, URI.create(url.trim()));
            }
        });
        this.targets = Collections.unmodifiableMap(configured);
    }

    public Map<String, URI> all() {
        return targets;
    }

    /** The route a request path belongs to, if any. */
    public Optional<Route> match(String path) {
        String rest = path.startsWith("/api/") ? path.substring("/api".length()) : path;
        if (!rest.startsWith("/")) {
            return Optional.empty();
        }
        int end = rest.indexOf('/', 1);
        String service = end < 0 ? rest.substring(1) : rest.substring(1, end);
        URI target = targets.get(service);
        return target == null ? Optional.empty() : Optional.of(new Route(service, target));
    }

    public record Route(String service, URI target) {
    }
}
