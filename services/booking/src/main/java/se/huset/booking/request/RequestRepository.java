package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.list.Cursor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: locks requests FOR UPDATE, inserts with ON CONFLICT DO NOTHING, pages the queue in its own order. */
@Singleton
public class RequestRepository {

    private static final String COLUMNS = """
            id, contact_id, client_id, urgency, pathway, unit_org, registered_at, triaged_at, due_at, status,
            appointment_id, booked_at, taken_by, taken_at, close_reason, closed_by, closed_at""";
    /** The waiting list's order, served by the index first_visit_request_worklist. */
    private static final String ORDER = "urgency_rank, due_at, triaged_at, id";

    private final JdbcOperations jdbc;

    public RequestRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One request per contact: a replayed event changes nothing. */
    public void insertOnce(FirstVisitRequest r) {
        jdbc.prepareStatement("""
                insert into first_visit_request (id, contact_id, client_id, urgency, pathway, unit_org, registered_at,
                                                 triaged_at, due_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (contact_id) do nothing""", ps -> {
            ps.setObject(1, r.id());
            ps.setObject(2, r.contactId());
            ps.setObject(3, r.clientId());
            ps.setString(4, r.urgency());
            ps.setString(5, r.pathway());
            ps.setString(6, r.unitOrg().name());
            ps.setTimestamp(7, Timestamp.from(r.registeredAt()));
            ps.setTimestamp(8, Timestamp.from(r.triagedAt()));
            ps.setTimestamp(9, Timestamp.from(r.dueAt()));
            ps.setString(10, r.status().name());
            return ps.executeUpdate();
        });
    }

    public Optional<FirstVisitRequest> find(UUID id) {
        return query("select " + COLUMNS + " from first_visit_request where id = ?", id).stream().findFirst();
    }

    /** Locks the request until the booking commits, so two receptionists cannot both fulfil it. */
    public Optional<FirstVisitRequest> lock(UUID id) {
        return query("select " + COLUMNS + " from first_visit_request where id = ? for update", id).stream().findFirst();
    }

    /**
     * Up to {@code fetch} requests of the query's page, in the waiting list's order: the most urgent first, then the
     * earliest due (the most overdue), then the longest waiting, then id. The cursor continues strictly after the
     * last row shown, so requests arriving meanwhile never shift the pages.
     */
    public List<FirstVisitRequest> page(WaitingListQuery q, String reader, ZoneId zone, Instant now, int fetch) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from first_visit_request where status = ?");
        List<Object> params = new ArrayList<>(List.of(q.status().name()));
        if (q.urgency() != null) {
            sql.append(" and urgency = ?");
            params.add(q.urgency().name());
        }
        if (q.org() != null) {
            sql.append(" and unit_org = ?");
            params.add(q.org().name());
        }
        if (q.pathway() != null) {
            sql.append(" and pathway = ?");
            params.add(q.pathway().name());
        }
        // a request due on day D has due_at at midnight after D (CareGuaranteeClock): due on or after dueFrom is
        // due_at after dueFrom's midnight, due on or before dueTo is due_at at the latest at the midnight after it
        if (q.dueFrom() != null) {
            sql.append(" and due_at > ?");
            params.add(Timestamp.from(q.dueFrom().atStartOfDay(zone).toInstant()));
        }
        if (q.dueTo() != null) {
            sql.append(" and due_at <= ?");
            params.add(Timestamp.from(q.dueTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (q.overdueOnly()) {
            sql.append(" and due_at <= ?");
            params.add(Timestamp.from(now));
        }
        if (q.mine()) {
            sql.append(" and taken_by = ?");
            params.add(reader);
        }
        if (q.after().isPresent()) {
            Cursor c = q.after().get();
            sql.append(" and (" + ORDER + ") > (?, ?, ?, ?)");
            params.add((short) c.number(0));
            params.add(Timestamp.from(c.instant(1)));
            params.add(Timestamp.from(c.instant(2)));
            params.add(c.uuid(3));
        }
        sql.append(" order by " + ORDER + " limit ?");
        params.add(fetch);
        return query(sql.toString(), params.toArray());
    }

    /** The cursor after a request shown last on a page: its sort keys as {@link #page} orders them. */
    static Cursor cursorAfter(FirstVisitRequest r) {
        return Cursor.after(urgencyRank(r.urgency()), r.dueAt(), r.triagedAt(), r.id());
    }

    /** As the generated column urgency_rank computes it. */
    static int urgencyRank(String urgency) {
        return switch (urgency) {
            case "ACUTE" -> 0;
            case "SOON" -> 1;
            default -> 2;
        };
    }

    /** What a body's team can act on now: its open requests, how many are overdue, and how many of those are taken. */
    public WorklistCounts counts(Org body, String reader, Instant now) {
        return jdbc.prepareStatement("""
                select count(*), count(*) filter (where due_at <= ?),
                       count(*) filter (where due_at <= ? and taken_by is not null),
                       count(*) filter (where taken_by is not null), count(*) filter (where taken_by = ?)
                from first_visit_request where status = 'OPEN' and unit_org = ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, reader);
            ps.setString(4, body.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new WorklistCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        });
    }

    /** Takes an open request for {@code username} (null releases it); false when it is no longer open. */
    public boolean take(UUID id, @Nullable String username, Instant at) {
        return jdbc.prepareStatement("""
                update first_visit_request set taken_by = ?, taken_at = ? where id = ? and status = 'OPEN'""", ps -> {
            ps.setString(1, username);
            ps.setTimestamp(2, username == null ? null : Timestamp.from(at));
            ps.setObject(3, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Closes an open request without a visit; false when it is no longer open. */
    public boolean close(UUID id, CloseReason reason, @Nullable String note, String by, Instant at) {
        return jdbc.prepareStatement("""
                update first_visit_request set status = 'CLOSED', close_reason = ?, close_note = ?, closed_by = ?,
                       closed_at = ?
                where id = ? and status = 'OPEN'""", ps -> {
            ps.setString(1, reason.name());
            ps.setString(2, note);
            ps.setString(3, by);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setObject(5, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Every request of a client, whatever its status, in triage order (the index first_visit_request_client). */
    public List<FirstVisitRequest> forClient(UUID clientId) {
        return query("select " + COLUMNS + " from first_visit_request where client_id = ? order by triaged_at, id",
                clientId);
    }

    /** Every open request, oldest triage first (the demo data's history works through them once). */
    public List<FirstVisitRequest> allOpen() {
        return query("select " + COLUMNS + " from first_visit_request where status = 'OPEN' order by triaged_at, id");
    }

    public long count() {
        return jdbc.prepareStatement("select count(*) from first_visit_request", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public void fulfil(UUID id, UUID appointmentId, Instant at) {
        jdbc.prepareStatement("update first_visit_request set status = 'BOOKED', appointment_id = ?, booked_at = ? where id = ?", ps -> {
            ps.setObject(1, appointmentId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setObject(3, id);
            return ps.executeUpdate();
        });
    }

    /** A cancelled first visit puts its request back on the waiting list, with its original due time. */
    public void reopen(UUID id) {
        jdbc.prepareStatement("update first_visit_request set status = 'OPEN', appointment_id = null, booked_at = null where id = ?", ps -> {
            ps.setObject(1, id);
            return ps.executeUpdate();
        });
    }

    private List<FirstVisitRequest> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<FirstVisitRequest> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static FirstVisitRequest map(ResultSet rs) throws SQLException {
        String reason = rs.getString("close_reason");
        return new FirstVisitRequest(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getString("urgency"), rs.getString("pathway"),
                Org.valueOf(rs.getString("unit_org")), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("triaged_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                FirstVisitRequest.Status.valueOf(rs.getString("status")), rs.getObject("appointment_id", UUID.class),
                instant(rs, "booked_at"), rs.getString("taken_by"), instant(rs, "taken_at"),
                reason == null ? null : CloseReason.valueOf(reason), rs.getString("closed_by"),
                instant(rs, "closed_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
