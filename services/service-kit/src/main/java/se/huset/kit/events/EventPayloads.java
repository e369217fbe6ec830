package se.huset.kit.events;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.huset.contracts.events.FeedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a feed event's payload as the contract record its type names. */
@Singleton
public class EventPayloads {

    private final JsonMapper json;

    public EventPayloads(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(FeedEvent event, Class<T> type) {
        try {
            return json.readValue(json.writeValueAsBytes(event.payload()), type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.seq() + " of type " + event.type() + " is unreadable", e);
        }
    }
}
