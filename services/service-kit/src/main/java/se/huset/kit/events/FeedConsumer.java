package se.huset.kit.events;

import se.huset.contracts.events.FeedEvent;

/**
 * Handles events from another service's feed. {@link FeedPoller} calls {@link #handle} inside the transaction
 * that also advances the stored cursor, so each event takes effect exactly once even across crashes.
 */
public interface FeedConsumer {

    /** Name of the producing service, e.g. {@code intake}; also the cursor's key. */
    String source();

    /** Base URL of the producing service, e.g. {@code http://localhost:8081}. */
    String baseUrl();

    void handle(FeedEvent event);
}
