package se.huset.kit.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls every {@link FeedConsumer}'s source twice a second. The cursor row is locked ({@code FOR UPDATE}) for the
 * batch, so replicas of a service never handle the same event twice; a crash rolls back effect and cursor together.
 *
 * <p>Metrics per consumer: {@code huset.feed.lag} (how many sequence numbers behind the producer's newest event the
 * consumer's cursor was when the last poll began: the backlog it found, 0 when it keeps up) and
 * {@code huset.feed.poll} (the time of each poll, with outcome success or failure). Both come from the pages the
 * poll fetches anyway: no extra call to the producer.
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
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

    public FeedPoller(List<FeedConsumer> consumers, TransactionOperations<Connection> tx, ServiceTokens tokens,
                      MeterRegistry meters) {
        this.consumers = consumers;
        this.tx = tx;
        this.tokens = tokens;
        this.meters = meters;
        // registered up front, so a consumer that never got an event still shows up (as 0) on /prometheus
        for (FeedConsumer consumer : consumers) {
            Gauge.builder("huset.feed.lag", lag.computeIfAbsent(consumer.name(), n -> new AtomicLong()), AtomicLong::get)
                    .description("Sequence numbers the consumer's cursor was behind the producer's newest event when its last poll began")
                    .tag("consumer", consumer.name())
                    .register(meters);
        }
    }

    /** One transaction's work: the cursor it started from, the cursor it left, and how many events it handled. */
    private record Batch(long from, long next, int handled) {
    }

    @Scheduled(fixedDelay = "${huset.feed.poll-interval:500ms}", initialDelay = "1s")
    void pollAll() {
        for (FeedConsumer consumer : consumers) {
            Timer.Sample sample = Timer.start(meters);
            String outcome = "success";
            try {
                Batch first = pollBatch(consumer);
                Batch last = first;
                while (last.handled() == BATCH) {   // keep going until caught up
                    last = pollBatch(consumer);
                }
                lag.get(consumer.name()).set(last.next() - first.from());
            } catch (RuntimeException e) {
                outcome = "failure";
                LOG.warn("feed {} ({}) not reachable or failed: {}", consumer.source(), consumer.name(), e.getMessage());
            } finally {
                sample.stop(Timer.builder("huset.feed.poll").description("One poll of a feed, caught up to its newest event")
                        .tag("consumer", consumer.name()).tag("outcome", outcome).register(meters));
            }
        }
    }

    /** Handles one batch; answers how many events it handled. */
    public int pollOnce(FeedConsumer consumer) {
        return pollBatch(consumer).handled();
    }

    private Batch pollBatch(FeedConsumer consumer) {
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
            return new Batch(cursor, page.next(), page.events().size());
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
