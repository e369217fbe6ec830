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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The review queue of emergency openings: every opening is an item until the AUDITOR has marked it reviewed or
 * escalated it, oldest first, so none waits unseen. Each review is itself an audit row.
 */
@Singleton
public class EmergencyReviews {

    /** What the auditor found: in order, or to be taken up with the owning body's management. */
    public enum Outcome { REVIEWED, ESCALATED }

    /** Which openings a list shows. */
    public enum Status { UNREVIEWED, REVIEWED, ESCALATED }

    public static final int CURSOR_KEYS = 2;

    /**
     * An opening as the auditor reviews it. {@code situation} and {@code openerOrg} are empty for openings from
     * before situations were recorded; {@code openingsThatDay} counts the opener's openings on that day (Swedish
     * time) in this service, so a habit of breaking the glass shows.
     */
    @Serdeable
    public record Opening(long id, UUID clientId, String username, @Nullable Org openerOrg,
                          @Nullable EmergencySituation situation, String reason, Instant openedAt, Instant expiresAt,
                          int openingsThatDay, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
                          @Nullable String outcome, @Nullable String note) {
    }

    private static final String OPENINGS_THAT_DAY = """
            (select count(*) from kit_emergency_access d where d.username = e.username
             and (d.opened_at at time zone 'Europe/Stockholm')::date = (e.opened_at at time zone 'Europe/Stockholm')::date)
            as openings_that_day""";

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    public EmergencyReviews(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * One page of the openings in a status, oldest first (the queue's order); each opening shown names a client, so
     * each is an audit row of the auditor's read.
     */
    @Transactional
    public Page<Opening> page(Staff auditor, Status status, @Nullable Cursor after, int limit) {
        String where = switch (status) {
            case UNREVIEWED -> "reviewed_at is null";
            case REVIEWED -> "review_outcome = 'REVIEWED'";
            case ESCALATED -> "review_outcome = 'ESCALATED'";
        };
        List<Opening> rows = jdbc.prepareStatement("select e.*, " + OPENINGS_THAT_DAY + " from kit_emergency_access e where " + where
                + (after == null ? "" : " and (opened_at, id) > (?, ?)") + " order by opened_at, id limit ?", ps -> {
            int i = 1;
            if (after != null) {
                ps.setTimestamp(i++, Timestamp.from(after.instant(0)));
                ps.setLong(i++, after.number(1));
            }
            ps.setInt(i, Page.fetchSize(limit));
            List<Opening> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(opening(rs));
                }
            }
            return out;
        });
        Page<Opening> page = Page.of(rows, limit, o -> Cursor.after(o.openedAt(), o.id()));
        audit.record(page.items().stream().map(o -> AuditEntry.of(auditor, o.clientId(), "EMERGENCY_REVIEW_LIST",
                "emergency-access/" + o.id(), "AUDIT", AuditEntry.Outcome.ALLOWED)).toList());
        return page;
    }

    /** Marks an opening reviewed or escalated, once: 404 for none, 409 for one already reviewed. */
    @Transactional
    public Opening review(Staff auditor, long id, Outcome outcome, @Nullable String note) {
        List<Opening> updated = jdbc.prepareStatement("""
                with e as (update kit_emergency_access set reviewed_by = ?, reviewed_at = now(), review_outcome = ?,
                           review_note = ? where id = ? and reviewed_at is null returning *)
                select e.*, """ + OPENINGS_THAT_DAY + " from e", ps -> {
            ps.setString(1, auditor.username());
            ps.setString(2, outcome.name());
            ps.setString(3, note);
            ps.setLong(4, id);
            List<Opening> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(opening(rs));
                }
            }
            return out;
        });
        if (updated.isEmpty()) {
            boolean exists = jdbc.prepareStatement("select 1 from kit_emergency_access where id = ?", ps -> {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            throw exists ? ProblemException.conflict("emergency opening " + id + " is already reviewed")
                    : ProblemException.notFound("emergency opening " + id);
        }
        Opening o = updated.get(0);
        audit.record(AuditEntry.of(auditor, o.clientId(), "EMERGENCY_REVIEW", "emergency-access/" + id,
                "AUDIT:" + outcome.name(), AuditEntry.Outcome.ALLOWED));
        return o;
    }

    private static Opening opening(ResultSet rs) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        String org = rs.getString("opener_org");
        String situation = rs.getString("situation");
        return new Opening(rs.getLong("id"), rs.getObject("client_id", UUID.class), rs.getString("username"),
                org == null ? null : Org.valueOf(org), situation == null ? null : EmergencySituation.valueOf(situation),
                rs.getString("reason"), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getInt("openings_that_day"), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("review_outcome"), rs.getString("review_note"));
    }
}
