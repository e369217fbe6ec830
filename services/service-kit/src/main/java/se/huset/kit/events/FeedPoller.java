package se.huset.kit.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.FeedPage;
import se.huset.kit.security.ServiceTokens;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls every {@link FeedConsumer}'s source twice a second. The cursor row is locked ({@code FOR UPDATE}) for the
 * batch, so replicas of a service never handle the same event twice; a crash rolls back effect and cursor together.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int BATCH = 200;

    private final List<FeedConsumer> consumers;
    private final TransactionOperations<Connection> tx;
    private final ServiceTokens tokens;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public FeedPoller(List<FeedConsumer> consumers, TransactionOperations<Connection> tx, ServiceTokens tokens) {
        this.consumers = consumers;
        this.tx = tx;
        this.tokens = tokens;
    }

    @Scheduled(fixedDelay = "${huset.feed.poll-interval:500ms}", initialDelay = "1s")
    void pollAll() {
        for (FeedConsumer consumer : consumers) {
            try {
                while (pollOnce(consumer) == BATCH) {
                    // keep going until caught up
                }
            } catch (RuntimeException e) {
                LOG.warn("feed {} ({}) not reachable or failed: {}", consumer.source(), consumer.name(), e.getMessage());
            }
        }
    }

    /** Handles one batch; answers how many events it handled. */
    public int pollOnce(FeedConsumer consumer) {
        return tx.executeWrite(status -> {
            Connection conn = status.getConnection();
            long cursor = lockCursor(conn, consumer.name());
            FeedPage page = fetch(consumer, cursor);
            for (FeedEvent event : page.events()) {
                consumer.handle(event);
            }
            if (!page.events().isEmpty()) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "update kit_feed_cursor set position = ?, updated_at = now() where consumer = ?")) {
                    ps.setLong(1, page.next());
                    ps.setString(2, consumer.name());
                    ps.executeUpdate();
                }
            }
            return page.events().size();
        });
    }

    private static long lockCursor(Connection conn, String cursor) throws java.sql.SQLException {
        try (PreparedStatement ins = conn.prepareStatement(
                "insert into kit_feed_cursor (consumer, position) values (?, 0) on conflict do nothing")) {
            ins.setString(1, cursor);
            ins.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "select position from kit_feed_cursor where consumer = ? for update")) {
            ps.setString(1, cursor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private FeedPage fetch(FeedConsumer consumer, long cursor) {
        HttpClient client = clients.computeIfAbsent(consumer.baseUrl(), url -> HttpClient.create(toUrl(url)));
        HttpRequest<?> request = HttpRequest.GET("/api/" + consumer.source() + "/events?after=" + cursor + "&limit=" + BATCH)
                .bearerAuth(tokens.token());
        return client.toBlocking().retrieve(request, FeedPage.class);
    }

    private static java.net.URL toUrl(String url) {
        try {
            return URI.create(url).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("bad feed URL " + url, e);
        }
    }
}
