package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * One event as served by {@code GET /api/{service}/events}. {@code seq} is the cursor: a consumer
 * asks for events after the last {@code seq} it has handled.
 */
@Serdeable
public record FeedEvent(long seq, String type, String aggregateId, Instant occurredAt, Map<String, Object> payload) {
}
