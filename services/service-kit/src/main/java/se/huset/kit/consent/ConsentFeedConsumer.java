package se.huset.kit.consent;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.ConsentRevoked;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.kit.events.FeedConsumer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Keeps this service's copy of consent state in step with intake's consent registry, so the consent rule never
 * needs a network call. Polled twice a second: a revocation takes effect here within about a second.
 * Every service but intake (which writes its copy directly) sets {@code huset.consent.source-url}.
 */
@Singleton
@Requires(property = "huset.consent.source-url")
public class ConsentFeedConsumer implements FeedConsumer {

    private final ConsentStore store;
    private final JsonMapper json;
    private final String baseUrl;

    public ConsentFeedConsumer(ConsentStore store, JsonMapper json, @Value("${huset.consent.source-url}") String baseUrl) {
        this.store = store;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @Override
    public String source() {
        return "intake";
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void handle(FeedEvent event) {
        switch (event.type()) {
            case EventTypes.CONSENT_GRANTED -> store.apply(read(event, ConsentGranted.class));
            case EventTypes.CONSENT_REVOKED -> store.apply(read(event, ConsentRevoked.class));
            default -> {
                // other intake events are not about consent
            }
        }
    }

    private <T> T read(FeedEvent event, Class<T> type) {
        try {
            return json.readValue(json.writeValueAsBytes(event.payload()), type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.seq() + " of type " + event.type() + " is unreadable", e);
        }
    }
}
