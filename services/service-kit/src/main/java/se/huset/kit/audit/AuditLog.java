package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The service's append-only audit log. Rows are chained by a keyed hash ({@link AuditChain}) under a
 * transaction-scoped advisory lock, so concurrent writers append one at a time and the chain has no forks. The
 * service's database role may only insert and read the rows (V0_5); the chain and its anchors
 * ({@link AuditAnchor}) show what the table's owner changed.
 */
@Singleton
public class AuditLog {

    /** Also taken by the outbox before its own lock, so the two are always taken in this order (no deadlock). */
    public static final long CHAIN_LOCK = 0x4855_5345_5401L;

    private final JdbcOperations jdbc;
    private final AuditChain chain;
    private final AuditAnchor anchors;

    public AuditLog(JdbcOperations jdbc, AuditChain chain, AuditAnchor anchors) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.anchors = anchors;
    }

    /** Appends within the caller's transaction: a write and its audit row commit or fail together. */
    @Transactional
    public void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.execute(conn -> {
            String previous = lockChain(conn);
            AuditChain.Links links = chain.links();
            for (AuditEntry e : entries) {
                previous = append(conn, links, e, previous);
            }
            return null;
        });
    }

    /** Takes the chain's lock for the transaction and answers the newest row's hash, the link for the next row. */
    private static String lockChain(java.sql.Connection conn) throws SQLException {
        try (PreparedStatement lock = conn.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        try (PreparedStatement last = conn.prepareStatement("select hash from kit_audit order by id desc limit 1");
             ResultSet rs = last.executeQuery()) {
            return rs.next() ? rs.getString(1) : AuditChain.GENESIS;
        }
    }

    public void record(AuditEntry entry) {
        record(List.of(entry));
    }

    /** For refusals: the audit row must survive the rollback of the request that was refused. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        record(List.of(entry));
    }

    private static String append(java.sql.Connection conn, AuditChain.Links links, AuditEntry e, String previous)
            throws SQLException {
        long id;
        try (PreparedStatement next = conn.prepareStatement("select nextval('kit_audit_id_seq')");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = links.hash(previous, id, at, e);
        try (PreparedStatement insert = conn.prepareStatement("""
                insert into kit_audit (id, at, username, org, roles, client_id, action, resource, basis, outcome, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, e.username());
            insert.setString(4, e.org());
            insert.setString(5, e.roles());
            insert.setObject(6, e.clientId());
            insert.setString(7, e.action());
            insert.setString(8, e.resource());
            insert.setString(9, e.basis());
            insert.setString(10, e.outcome().name());
            insert.setString(11, previous);
            insert.setString(12, hash);
            insert.executeUpdate();
        }
        return hash;
    }

    /** An access that happened at {@code at}: a row of synthetic history. */
    public record PastAccess(Instant at, AuditEntry entry) {
    }

    /**
     * Appends synthetic history (the county-scale demo data) in bulk: ids reserved from the sequence in one call,
     * the chain computed here and the rows streamed with {@code COPY}, so a million rows take seconds, not the
     * hours of one insert each. The rows chain on from the newest row like any other. The rows are built in memory:
     * call it with chunks of some tens of thousands.
     */
    @Transactional
    public void appendHistory(List<PastAccess> accesses) {
        if (accesses.isEmpty()) {
            return;
        }
        jdbc.execute(conn -> {
            String previous = lockChain(conn);
            long first;
            // only appenders holding the chain lock take ids, so the reserved ones are consecutive
            try (PreparedStatement reserve = conn.prepareStatement(
                    "select setval('kit_audit_id_seq', nextval('kit_audit_id_seq') + ? - 1)")) {
                reserve.setInt(1, accesses.size());
                try (ResultSet rs = reserve.executeQuery()) {
                    rs.next();
                    first = rs.getLong(1) - accesses.size() + 1;
                }
            }
            StringBuilder rows = new StringBuilder(accesses.size() * 300);
            AuditChain.Links links = chain.links();
            long id = first;
            for (PastAccess access : accesses) {
                Instant at = access.at().truncatedTo(ChronoUnit.MICROS);
                AuditEntry e = access.entry();
                String hash = links.hash(previous, id, at, e);
                copyRow(rows, Long.toString(id), at.toString(), e.username(), e.org(), e.roles(),
                        e.clientId() == null ? null : e.clientId().toString(), e.action(), e.resource(), e.basis(),
                        e.outcome().name(), previous, hash);
                previous = hash;
                id++;
            }
            try {
                conn.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                        copy kit_audit (id, at, username, org, roles, client_id, action, resource, basis, outcome,
                                        prev_hash, hash) from stdin""", new java.io.StringReader(rows.toString()));
            } catch (java.io.IOException ex) {
                throw new SQLException("copy into kit_audit failed", ex);
            }
            return null;
        });
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, backslash, tab and newline escaped. */
    private static void copyRow(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = values[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            for (int c = 0; c < v.length(); c++) {
                char ch = v.charAt(c);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    /**
     * Recomputes the whole chain and checks it against the last anchor: any edited, deleted or reordered row makes it
     * invalid, and so do rows deleted from the top back past the last anchor.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        AuditAnchor.Anchor anchor = anchors.last().orElse(null);
        return jdbc.execute(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    select id, at, username, org, roles, client_id, action, resource, basis, outcome, prev_hash, hash
                    from kit_audit order by id""")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    AuditChain.Links links = chain.links();
                    String previous = AuditChain.GENESIS;
                    long rows = 0;
                    boolean anchorSeen = false;
                    Long firstBroken = null;
                    while (rs.next()) {
                        rows++;
                        long id = rs.getLong("id");
                        AuditEntry e = entry(rs);
                        Instant at = rs.getTimestamp("at").toInstant();
                        String stored = rs.getString("hash");
                        boolean linked = previous.equals(rs.getString("prev_hash"));
                        boolean intact = stored.equals(links.hash(previous, id, at, e));
                        if (anchor != null && id == anchor.id()) {
                            anchorSeen = true;
                            intact &= stored.equals(anchor.hash());
                        }
                        if (firstBroken == null && !(linked && intact)) {
                            firstBroken = id;
                        }
                        previous = stored;
                    }
                    if (firstBroken == null && anchor != null && !anchorSeen) {
                        firstBroken = anchor.id();   // the anchored row is gone: the top of the log was cut off
                    }
                    return new Verification(firstBroken == null, rows, firstBroken,
                            anchor == null ? null : anchor.id());
                }
            }
        });
    }

    /** Every access to one client's data, oldest first. */
    @Transactional(readOnly = true)
    public List<AccessRecord> forClient(UUID clientId) {
        return jdbc.prepareStatement("""
                select at, username, org, roles, action, resource, basis, outcome
                from kit_audit where client_id = ? order by id""", ps -> {
            ps.setObject(1, clientId);
            List<AccessRecord> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AccessRecord(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                            rs.getString("org"), rs.getString("roles"), rs.getString("action"),
                            rs.getString("resource"), rs.getString("basis"), rs.getString("outcome")));
                }
            }
            return rows;
        });
    }

    /** {@link #search}, with the auditor's own reading logged like any other (who looked at whose trail, when). */
    @Transactional
    public Page<LoggedAccess> searchBy(Staff auditor, AuditQuery query) {
        Page<LoggedAccess> page = search(query);
        record(AuditEntry.of(auditor, null, "SEARCH_AUDIT_LOG", query.asked(), "AUDIT", AuditEntry.Outcome.ALLOWED));
        return page;
    }

    /** The auditor's query, oldest first: by user, by time window or both, a page at a time. */
    @Transactional(readOnly = true)
    public Page<LoggedAccess> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("""
                select id, at, username, org, roles, client_id, action, resource, basis, outcome
                from kit_audit where true""");
        List<Object> params = new ArrayList<>();
        if (query.username() != null) {
            sql.append(" and username = ?");
            params.add(query.username());
        }
        if (query.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.after() != null) {
            sql.append(" and (at, id) > (?, ?)");
            params.add(Timestamp.from(query.after().instant(0)));
            params.add(query.after().number(1));
        }
        sql.append(" order by at, id limit ?");
        params.add(Page.fetchSize(query.limit()));
        List<LoggedAccess> rows = jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<LoggedAccess> fetched = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = entry(rs);
                    fetched.add(new LoggedAccess(rs.getLong("id"), rs.getTimestamp("at").toInstant(), e.username(),
                            e.org(), e.roles(), e.clientId(), e.action(), e.resource(), e.basis(), e.outcome().name()));
                }
            }
            return fetched;
        });
        return Page.of(rows, query.limit(), r -> Cursor.after(r.at(), r.id()));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("username"), rs.getString("org"), rs.getString("roles"),
                rs.getObject("client_id", UUID.class), rs.getString("action"), rs.getString("resource"),
                rs.getString("basis"), AuditEntry.Outcome.valueOf(rs.getString("outcome")));
    }

    /** {@code anchoredId}: the row the last anchor pins (null without anchors); rows after it rest on the chain alone. */
    @Serdeable
    public record Verification(boolean valid, long rows, @Nullable Long firstBrokenId, @Nullable Long anchoredId) {
    }

    /** One row as the auditor's query answers it. */
    @Serdeable
    public record LoggedAccess(long id, Instant at, String username, @Nullable String org, String roles,
                               @Nullable UUID clientId, String action, String resource, String basis, String outcome) {
    }

    @Serdeable
    public record AccessRecord(Instant at, String username, String org, String roles, String action,
                               String resource, String basis, String outcome) {
    }
}
