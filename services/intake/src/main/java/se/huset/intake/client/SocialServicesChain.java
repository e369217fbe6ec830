package se.huset.intake.client;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.CallerToken;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client page's social-services section: the client's chain (actualisations, investigations, decisions) as
 * casework answers it to the reader's own token, so casework's consent and need-to-know checks and its audit rows
 * stay there. What the reader may not see comes back counted ({@code withheld}); casework slow or down leaves the
 * section marked unavailable while the rest of the page shows.
 */
@Singleton
public class SocialServicesChain {

    private static final Logger LOG = LoggerFactory.getLogger(SocialServicesChain.class);
    /** Well inside the gateway's proxy timeout, as for the names of a worklist. */
    private static final Duration TIMEOUT = Duration.ofMillis(700);

    @Serdeable
    public record Matter(String source, Instant receivedAt, @Nullable Boolean opened, @Nullable String reason) {
    }

    @Serdeable
    public record Investigation(String law, String handler, LocalDate openedOn, @Nullable LocalDate closedOn,
                                @Nullable String outcome) {
    }

    @Serdeable
    public record InvestigationRow(Investigation investigation, long days, boolean slow) {
    }

    @Serdeable
    public record Decision(String intervention, boolean granted, LocalDate decidedOn, @Nullable LocalDate enforcedOn) {
    }

    @Serdeable
    public record DecisionRow(Decision decision, LocalDate enforceBy, boolean reportable) {
    }

    @Serdeable
    public record Chain(List<Matter> actualisations, List<InvestigationRow> investigations, List<DecisionRow> decisions,
                        int withheld) {
    }

    /** The section: {@code chain} null when casework did not answer. */
    public record Section(@Nullable Chain chain) {
        public boolean available() {
            return chain != null;
        }

        public boolean empty() {
            return chain != null && chain.actualisations().isEmpty() && chain.investigations().isEmpty()
                    && chain.decisions().isEmpty();
        }
    }

    private final HttpClient http;

    public SocialServicesChain(@Value("${huset.casework-url}") String caseworkUrl) throws MalformedURLException {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setReadTimeout(TIMEOUT);
        config.setConnectTimeout(TIMEOUT);
        this.http = HttpClient.create(URI.create(caseworkUrl).toURL(), config);
    }

    /**
     * Opens the client once at start-up (casework's health, answered or not), so the first client page does not pay
     * for the client's first connection and classes inside the gateway's proxy timeout.
     */
    @EventListener
    void warm(ServerStartupEvent started) {
        reactor.core.publisher.Mono.from(http.exchange(HttpRequest.GET("/health"), String.class))
                .subscribe(ok -> { }, failed -> LOG.debug("casework not up yet at intake's start: {}", failed.getMessage()));
    }

    /** The chain of {@code clientId} as the caller of the request being served may see it. */
    public Section of(UUID clientId) {
        try {
            HttpRequest<?> request = ServerRequestContext.currentRequest()
                    .orElseThrow(() -> ProblemException.forbidden("no request to read the caller's token from"));
            return new Section(http.toBlocking().retrieve(HttpRequest.GET("/api/casework/clients/" + clientId + "/chain")
                    .bearerAuth(CallerToken.of(request)), Chain.class));
        } catch (HttpClientException e) {
            LOG.warn("social services' chain unavailable from casework: {}", e.getMessage());
            return new Section(null);
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
