package se.huset.kit.events;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Transactional outbox: an event is written in the same transaction as the business rows it describes.
 *
 * <p>Sequence numbers are taken under a transaction-scoped advisory lock held until commit, so events become
 * visible in {@code seq} order: a reader can never see seq 10 while seq 9 is still uncommitted, and the feed
 * never skips an event that commits late.
 *
 * <p>The audit chain's lock ({@link AuditLog#CHAIN_LOCK}) is taken first: a transaction that audits and then
 * publishes (a triage: the consent guard's read, then ContactTriaged) and one that publishes and then audits (a
 * registration) would otherwise each hold one lock and wait for the other, and PostgreSQL would abort one with
 * "deadlock detected" (found by the chaos test under concurrent load).
 */
@Singleton
public class Outbox {

    static final long SEQUENCE_LOCK = 0x4855_5345_5402L;

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public Outbox(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An event to publish: its type, the aggregate it is about and its payload. */
    public record Event(String type, Object aggregateId, Object payload) {
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public long publish(String type, Object aggregateId, Object payload) {
        String body = body(type, payload);
        return jdbc.prepareStatement("""
                with chain as (select pg_advisory_xact_lock(?)),
                     lock as (select pg_advisory_xact_lock(?) from chain)
                insert into kit_outbox (type, aggregate_id, payload) select ?, ?, ?::jsonb from lock returning seq""", ps -> {
            ps.setLong(1, AuditLog.CHAIN_LOCK);
            ps.setLong(2, SEQUENCE_LOCK);
            ps.setString(3, type);
            ps.setString(4, aggregateId.toString());
            ps.setString(5, body);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Publishes many events at once (a demo history of hundreds of thousands): the same two locks in the same
     * order, then one JDBC batch, so their sequence numbers follow the list's order.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.execute(conn -> {
            for (long lock : new long[]{AuditLog.CHAIN_LOCK, SEQUENCE_LOCK}) {
                try (PreparedStatement ps = conn.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, lock);
                    ps.execute();
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "insert into kit_outbox (type, aggregate_id, payload) values (?, ?, ?::jsonb)")) {
                for (Event e : events) {
                    ps.setString(1, e.type());
                    ps.setString(2, e.aggregateId().toString());
                    ps.setString(3, body(e.type(), e.payload()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private String body(String type, Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + type + " could not be serialised", e);
        }
    }
}
