package se.huset.kit.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the owning body is told: every emergency opening of its clients, newest first, by the other body's staff
 * or by its own past need-to-know. A notice says who opened which client, in which situation and until when, never
 * the explanation (it may hold the opener's body's words about the client, which this body may not see without
 * consent). Each notice shown names a client,
 * so each is an audit row of the reader's read.
 */
@Singleton
public class EmergencyNotices {

    public static final int CURSOR_KEYS = 2;

    @Serdeable
    public record Notice(long id, UUID clientId, String openedBy, Org openerOrg, EmergencySituation situation,
                         String law, Instant openedAt, Instant expiresAt) {
    }

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    public EmergencyNotices(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Page<Notice> page(Staff reader, @Nullable Cursor after, int limit) {
        if (reader.org() == null) {
            throw ProblemException.forbidden("notices go to a body; this token names none");
        }
        List<Notice> rows = jdbc.prepareStatement("""
                select id, client_id, username, opener_org, situation, opened_at, expires_at from kit_emergency_access
                where notified_org = ?""" + (after == null ? "" : " and (opened_at, id) < (?, ?)")
                + " order by opened_at desc, id desc limit ?", ps -> {
            int i = 1;
            ps.setString(i++, reader.org().name());
            if (after != null) {
                ps.setTimestamp(i++, Timestamp.from(after.instant(0)));
                ps.setLong(i++, after.number(1));
            }
            ps.setInt(i, Page.fetchSize(limit));
            List<Notice> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EmergencySituation situation = EmergencySituation.valueOf(rs.getString("situation"));
                    out.add(new Notice(rs.getLong("id"), rs.getObject("client_id", UUID.class), rs.getString("username"),
                            Org.valueOf(rs.getString("opener_org")), situation, situation.law(),
                            rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant()));
                }
            }
            return out;
        });
        Page<Notice> page = Page.of(rows, limit, n -> Cursor.after(n.openedAt(), n.id()));
        audit.record(page.items().stream().map(n -> AuditEntry.of(reader, n.clientId(), "EMERGENCY_NOTICE_LIST",
                "emergency-access/" + n.id(), "NOTICE", AuditEntry.Outcome.ALLOWED)).toList());
        return page;
    }
}
