package se.huset.kit.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Deletes Idempotency-Keys older than {@code huset.idempotency.retention}: a retry comes within minutes, and a key
 * kept longer only tells who created what when. Replicas may run it at once; a delete twice is harmless.
 */
@Singleton
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
public class IdempotencyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyExpiry.class);

    private final JdbcOperations jdbc;
    private final Duration retention;

    public IdempotencyExpiry(JdbcOperations jdbc, @Value("${huset.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${huset.idempotency.cleanup-interval:1h}", initialDelay = "1m")
    @Transactional
    public int deleteExpired() {
        int deleted = jdbc.prepareStatement(
                "delete from kit_idempotency where created_at < now() - ? * interval '1 second'", ps -> {
                    ps.setLong(1, retention.toSeconds());
                    return ps.executeUpdate();
                });
        if (deleted > 0) {
            LOG.info("deleted {} expired Idempotency-Keys", deleted);
        }
        return deleted;
    }
}
