package se.huset.kit.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.intake.ClientIdentity;
import se.huset.kit.security.CallerToken;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the clients of a worklist as the reader may see them, from intake's registry (which holds the names; no
 * other service keeps a copy). Asked with the reader's own token, so intake decides, with its consent and
 * need-to-know checks, what the reader sees, and audits it. Intake being slow or down never breaks the worklist:
 * the names are then not {@link Names#available()} and the page says so.
 */
@Singleton
@Requires(property = "huset.intake-url")
public class ClientNames {

    private static final Logger LOG = LoggerFactory.getLogger(ClientNames.class);
    /** Well inside the gateway's proxy timeout, so a page waiting for names never turns into a 503 itself. */
    private static final Duration TIMEOUT = Duration.ofMillis(700);
    private static final int BATCH = 100;

    @Serdeable
    record Answer(List<ClientIdentity> items, int withheld) {
    }

    /** The names a reader may see of a page's clients; {@code available} is false when intake did not answer. */
    public record Names(Map<UUID, ClientIdentity> byClient, boolean available) {
        public Optional<ClientIdentity> of(UUID clientId) {
            return Optional.ofNullable(byClient.get(clientId));
        }
    }

    private final HttpClient http;

    public ClientNames(@Value("${huset.intake-url}") String intakeUrl) throws MalformedURLException {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setReadTimeout(TIMEOUT);
        config.setConnectTimeout(TIMEOUT);
        this.http = HttpClient.create(URI.create(intakeUrl).toURL(), config);
    }

    /** The identities of {@code clientIds} that the caller of {@code request} may see. */
    public Names of(HttpRequest<?> request, Collection<UUID> clientIds) {
        List<UUID> ids = clientIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return new Names(Map.of(), true);
        }
        String token = CallerToken.of(request);
        Map<UUID, ClientIdentity> found = new HashMap<>();
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> batch = new ArrayList<>();
                ids.subList(from, Math.min(ids.size(), from + BATCH)).forEach(id -> batch.add(id.toString()));
                String uri = UriBuilder.of("/api/intake/clients/identities")
                        .queryParam("ids", String.join(",", batch)).toString();
                Answer answer = http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(token), Answer.class);
                answer.items().forEach(identity -> found.put(identity.clientId(), identity));
            }
        } catch (HttpClientException e) {
            LOG.warn("client names unavailable from intake: {}", e.getMessage());
            return new Names(Map.copyOf(found), false);
        }
        return new Names(Map.copyOf(found), true);
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
