package se.huset.kit.events;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.FeedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads this service's outbox as a feed, in {@code seq} order after a cursor. */
@Singleton
public class EventFeed {

    public static final int MAX_PAGE = 1000;

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public EventFeed(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public FeedPage after(long cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<FeedEvent> events = jdbc.prepareStatement("""
                select seq, type, aggregate_id, occurred_at, payload::text from kit_outbox
                where seq > ? order by seq limit ?""", ps -> {
            ps.setLong(1, cursor);
            ps.setInt(2, size);
            List<FeedEvent> page = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(new FeedEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), parse(rs.getString(5))));
                }
            }
            return page;
        });
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).seq();
        return new FeedPage(events, next);
    }

    private Map<String, Object> parse(String payload) {
        try {
            return json.readValue(payload, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
