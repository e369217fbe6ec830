package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of the event feed; {@code next} is the cursor to ask with next time. */
@Serdeable
public record FeedPage(List<FeedEvent> events, long next) {
}
