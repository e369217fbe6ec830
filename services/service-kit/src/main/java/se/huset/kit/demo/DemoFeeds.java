package se.huset.kit.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * A service's demo history builds on what the running service has read from other services' feeds ({@code ./huset
 * up} loads demo data once every process is up, intake's first). This waits until a feed consumer has caught up:
 * its stored cursor has moved and then stood still for {@code huset.demo.feed-settle} (the poller reads batch
 * after batch until it is caught up, so a cursor that stands still has nothing more to read), for at most
 * {@code huset.demo.feed-wait}. Tests that feed the events themselves set the wait to 0.
 */
@Singleton
public class DemoFeeds {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFeeds.class);

    private final JdbcOperations jdbc;
    private final Duration wait;
    private final Duration settle;

    public DemoFeeds(JdbcOperations jdbc, @Value("${huset.demo.feed-wait:10m}") Duration wait,
                     @Value("${huset.demo.feed-settle:3s}") Duration settle) {
        this.jdbc = jdbc;
        this.wait = wait;
        this.settle = settle;
    }

    /**
     * Waits for the consumer named {@code consumer} (its cursor's key) to have caught up with its feed, on a
     * connection of its own when the caller holds none.
     */
    @Connectable
    public void awaitCaughtUp(String consumer) {
        Instant deadline = Instant.now().plus(wait);
        long seen = -1;
        Instant stillSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            long position = position(consumer);
            if (position != seen) {
                seen = position;
                stillSince = Instant.now();
            } else if (position > 0 && !Instant.now().isBefore(stillSince.plus(settle))) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!wait.isZero()) {
            LOG.warn("feed {} had not caught up within {} (cursor at {}): the demo history builds on what it has",
                    consumer, wait, seen);
        }
    }

    private long position(String consumer) {
        return jdbc.prepareStatement("select position from kit_feed_cursor where consumer = ?", ps -> {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
