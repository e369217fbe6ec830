package se.huset.housing.client;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.kit.consent.ConsentFeedConsumer;
import se.huset.kit.consent.ConsentStore;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Housing's one consumer of intake's feed: consent events as every service handles them, plus ClientRegistered
 * into {@code client_fact} (the birth date the age rules need). One consumer, because the feed cursor is kept
 * per source: a second consumer of "intake" would share the cursor and miss the events the first one took.
 */
@Singleton
@Replaces(ConsentFeedConsumer.class)
@Requires(property = "huset.consent.source-url")
public class IntakeFeedConsumer extends ConsentFeedConsumer {

    private final ClientFactRepository facts;
    private final JsonMapper json;

    public IntakeFeedConsumer(ConsentStore store, JsonMapper json,
                              @Value("${huset.consent.source-url}") String baseUrl, ClientFactRepository facts) {
        super(store, json, baseUrl);
        this.facts = facts;
        this.json = json;
    }

    /** Joins the poller's transaction, which also advances the cursor. */
    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (!EventTypes.CLIENT_REGISTERED.equals(event.type())) {
            super.handle(event);
            return;
        }
        ClientRegistered registered;
        try {
            registered = json.readValue(json.writeValueAsBytes(event.payload()), ClientRegistered.class);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.seq() + " of type " + event.type() + " is unreadable", e);
        }
        facts.save(new ClientFact(registered.clientId(), registered.ownerOrg(), registered.birthDate()));
    }
}
