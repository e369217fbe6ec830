package se.huset.intake.overview;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.contracts.timeline.TimelinePage;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.kit.security.Staff;
import se.huset.kit.timeline.ClientTimeline;
import se.huset.kit.timeline.TimelineQuery;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A client's timeline across the suite: intake's own steps and each service's
 * ({@code huset.sources.<service>: <base URL>}), read from the service that owns them with the reader's own token,
 * so each service's consent and need-to-know checks and its audit rows stay there. The services are asked at once;
 * one that does not answer in time is named unavailable while the rest shows. The pages are merged newest first
 * under one cursor, which every service reads the same way ({@link TimelineQuery}).
 */
@Singleton
public class SuiteTimeline {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteTimeline.class);
    /** Well inside the gateway's proxy timeout, as for the names of a worklist. */
    private static final Duration TIMEOUT = Duration.ofMillis(700);
    static final String INTAKE = "intake";

    /** One page of the merged timeline: {@code next} the cursor of the page after, null on the last. */
    public record Merged(List<TimelineEntry> entries, List<TimelineWithheld> withheld, List<String> unavailable,
                         @Nullable String next) {
    }

    private final ClientTimeline own;
    private final Map<String, HttpClient> services = new TreeMap<>();

    public SuiteTimeline(ClientTimeline own, @Property(name = "huset.sources") Map<String, String> urls) {
        this.own = own;
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setReadTimeout(TIMEOUT);
        config.setConnectTimeout(TIMEOUT);
        urls.forEach((service, url) -> {
            try {
                services.put(service, HttpClient.create(URI.create(url).toURL(), config));
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalStateException("huset.sources." + service + " is not a URL: " + url, e);
            }
        });
    }

    /**
     * Opens each client once at start-up (the service's health, answered or not), so the first overview does not
     * pay for the first connections inside the gateway's proxy timeout.
     */
    @EventListener
    void warm(ServerStartupEvent started) {
        services.forEach((service, http) -> Mono.from(http.exchange(HttpRequest.GET("/health"), String.class))
                .subscribe(ok -> { }, failed -> LOG.debug("{} not up yet at intake's start: {}", service,
                        failed.getMessage())));
    }

    /** The page {@code query} asks for, as {@code reader} (whose bearer token is {@code token}) may see it. */
    public Merged page(Staff reader, String token, UUID clientId, TimelineQuery query) {
        List<String> asked = services.keySet().stream()
                .filter(s -> query.kind() == null || query.kind().service().equals(s)).toList();
        // asked first, so the services answer while intake reads its own part
        CompletableFuture<Map<String, Optional<TimelinePage>>> remote = Flux.fromIterable(asked)
                .flatMap(service -> read(service, token, clientId, query).map(page -> Map.entry(service, page)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .toFuture();
        Map<String, Optional<TimelinePage>> answers = new TreeMap<>();
        if (query.kind() == null || query.kind().service().equals(INTAKE)) {
            answers.put(INTAKE, Optional.of(own.page(reader, clientId, query)));
        }
        answers.putAll(remote.join());
        List<TimelineEntry> entries = new ArrayList<>();
        List<TimelineWithheld> withheld = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        boolean more = false;
        for (Map.Entry<String, Optional<TimelinePage>> answer : answers.entrySet()) {
            if (answer.getValue().isEmpty()) {
                unavailable.add(answer.getKey());
                continue;
            }
            TimelinePage page = answer.getValue().get();
            entries.addAll(page.entries());
            withheld.addAll(page.withheld());
            more |= page.more();
        }
        entries.sort(TimelineQuery.NEWEST_FIRST);
        if (entries.size() > query.limit()) {
            entries = new ArrayList<>(entries.subList(0, query.limit()));
            more = true;
        }
        return new Merged(entries, withheld, unavailable,
                more && !entries.isEmpty() ? TimelineQuery.cursorAfter(entries.get(entries.size() - 1)) : null);
    }

    private Mono<Optional<TimelinePage>> read(String service, String token, UUID clientId,
                                              TimelineQuery query) {
        UriBuilder uri = UriBuilder.of("/api/" + service + "/clients/" + clientId + "/timeline")
                .queryParam("limit", query.limit());
        if (query.before() != null) {
            uri.queryParam("before", query.before().encode());
        }
        if (query.kind() != null) {
            uri.queryParam("kind", query.kind().name());
        }
        if (query.body() != null) {
            uri.queryParam("body", query.body().name());
        }
        return Mono.from(services.get(service).retrieve(HttpRequest.GET(uri.build()).bearerAuth(token),
                        TimelinePage.class))
                .timeout(TIMEOUT)
                .map(Optional::of)
                .onErrorResume(e -> {
                    LOG.warn("{}'s part of the client timeline unavailable: {}", service, e.getMessage());
                    return Mono.just(Optional.empty());
                });
    }

    /** The kinds whose service the suite can ask (intake's own and every configured source's), in their order. */
    public List<TimelineKind> kinds() {
        return Arrays.stream(TimelineKind.values())
                .filter(k -> k.service().equals(INTAKE) || services.containsKey(k.service())).toList();
    }

    @PreDestroy
    void close() {
        services.values().forEach(HttpClient::close);
    }
}
