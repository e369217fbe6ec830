package se.huset.gateway.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.huset.gateway.proxy.Routes;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists each routed service's state (its own {@code /health}) in the gateway's health details. Always UP itself:
 * a service being down is reported, but does not take the gateway out of rotation, since the other routes still work.
 */
@Singleton
public class ServicesHealthIndicator implements HealthIndicator {

    private final Routes routes;
    private final HttpClient client;
    private final Duration timeout;

    public ServicesHealthIndicator(Routes routes, HttpClient client,
                                   @Value("${huset.health.service-timeout:1s}") Duration timeout) {
        this.routes = routes;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Flux.fromIterable(routes.all().entrySet())
                .flatMap(route -> state(route.getValue()).map(state -> Map.entry(route.getKey(), state)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .map(states -> HealthResult.builder("services", HealthStatus.UP).details(states).build());
    }

    private Mono<String> state(URI base) {
        return Mono.from(client.exchange(HttpRequest.GET(base.resolve("/health").toString())))
                .timeout(timeout)
                .map(response -> response.code() == 200 ? "UP" : "DOWN")
                .onErrorReturn("DOWN");
    }
}
