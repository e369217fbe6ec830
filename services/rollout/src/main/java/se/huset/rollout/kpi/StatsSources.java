package se.huset.rollout.kpi;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services rollout reads stats from ({@code huset.sources.<service>: <base URL>}), one HTTP client each with
 * the suite's short timeouts, so a service that is down costs at most a second per collection.
 */
@Singleton
public class StatsSources implements AutoCloseable {

    private final Map<String, HttpClient> clients = new TreeMap<>();

    public StatsSources(@Property(name = "huset.sources") Map<String, String> urls, HttpClientConfiguration configuration) {
        urls.forEach((service, url) -> {
            try {
                clients.put(service, HttpClient.create(URI.create(url).toURL(), configuration));
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalStateException("huset.sources." + service + " is not a URL: " + url, e);
            }
        });
    }

    public boolean configured(String service) {
        return clients.containsKey(service);
    }

    /**
     * {@code GET /api/{service}/stats} read as the service's stats document; empty when the service is not
     * configured. Throws when it does not answer or answers something else.
     */
    public <D> Optional<D> stats(String service, Class<D> document, String token) {
        HttpClient client = clients.get(service);
        if (client == null) {
            return Optional.empty();
        }
        return Optional.of(client.toBlocking().retrieve(
                HttpRequest.GET("/api/" + service + "/stats").bearerAuth(token), document));
    }

    @PreDestroy
    @Override
    public void close() {
        clients.values().forEach(HttpClient::close);
    }
}
