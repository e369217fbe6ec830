package se.huset.kit.events;

import se.huset.contracts.events.FeedEvent;

/**
 * Handles events from another service's feed. {@link FeedPoller} calls {@link #handle} inside the transaction
 * that also advances this consumer's stored cursor, so each event takes effect exactly once even across crashes.
 */
public interface FeedConsumer {

    /** Name of the producing service, e.g. {@code intake}. */
    String source();

    /** Base URL of the producing service, e.g. {@code http://localhost:8081}. */
    String baseUrl();

    /**
     * The key of this consumer's cursor. A service may read one feed with several consumers (e.g. the kit's
     * replica of consent and a service's own first-visit requests); each keeps its own place in the feed.
     */
    default String name() {
        return source();
    }

    void handle(FeedEvent event);
}
