package se.huset.followup.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: inserts with ON CONFLICT DO NOTHING and pages the due list by a hand-ordered keyset. */
@Singleton
public class FollowUpRepository {

    private final JdbcOperations jdbc;

    public FollowUpRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One per enrollment (or first visit) and kind: a replayed event adds nothing. */
    public void insertOnce(FollowUp f) {
        jdbc.prepareStatement("""
                insert into follow_up (id, enrollment_id, appointment_id, client_id, program_code, owner_org, kind, due_on, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", ps -> {
            ps.setObject(1, f.id());
            ps.setObject(2, f.enrollmentId());
            ps.setObject(3, f.appointmentId());
            ps.setObject(4, f.clientId());
            ps.setString(5, f.programCode());
            ps.setString(6, f.ownerOrg());
            ps.setString(7, f.kind());
            ps.setDate(8, Date.valueOf(f.dueOn()));
            ps.setString(9, f.status().name());
            return ps.executeUpdate();
        });
    }

    /** A moved first visit moves its baseline, as long as nobody has closed it. */
    public void moveOpen(UUID appointmentId, String kind, LocalDate dueOn) {
        jdbc.prepareStatement("update follow_up set due_on = ? where appointment_id = ? and kind = ? and status = 'DUE'", ps -> {
            ps.setDate(1, Date.valueOf(dueOn));
            ps.setObject(2, appointmentId);
            ps.setString(3, kind);
            return ps.executeUpdate();
        });
    }

    /** A cancelled first visit never started, so its untouched follow-ups go with it. */
    public void dropOpen(UUID appointmentId) {
        jdbc.prepareStatement("delete from follow_up where appointment_id = ? and status = 'DUE' and assigned_to is null", ps -> {
            ps.setObject(1, appointmentId);
            return ps.executeUpdate();
        });
    }

    public List<FollowUp> forAppointment(UUID appointmentId) {
        return query("select * from follow_up where appointment_id = ? order by due_on", List.of(appointmentId));
    }

    /** Follow-ups still DUE on a day before {@code before} become MISSED; answers how many. */
    public int markMissed(LocalDate before, Instant at) {
        return jdbc.prepareStatement("update follow_up set status = 'MISSED', closed_at = ? where status = 'DUE' and due_on < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setDate(2, Date.valueOf(before));
            return ps.executeUpdate();
        });
    }

    public Optional<FollowUp> find(UUID id) {
        return query("select * from follow_up where id = ?", List.of(id)).stream().findFirst();
    }

    /** Every follow-up of the client, latest due first (index follow_up_client): a few per enrollment and visit. */
    public List<FollowUp> forClient(UUID clientId) {
        return query("select * from follow_up where client_id = ? order by due_on desc, id desc", List.of(clientId));
    }

    public List<FollowUp> forEnrollment(UUID enrollmentId) {
        return query("select * from follow_up where enrollment_id = ? order by due_on", List.of(enrollmentId));
    }

    /** Which open follow-ups of one body a due list shows: {@code mine} only the reader's, else theirs and the untaken. */
    public record DueFilter(String org, String username, boolean mine, @Nullable LocalDate from, LocalDate until) {

        private String where() {
            return "status = 'DUE' and owner_org = ? and due_on <= ?" + (from == null ? "" : " and due_on >= ?")
                    + (mine ? " and assigned_to = ?" : " and (assigned_to is null or assigned_to = ?)");
        }

        private List<Object> params() {
            List<Object> p = new ArrayList<>(List.of(org, until));
            if (from != null) {
                p.add(from);
            }
            p.add(username);
            return p;
        }
    }

    /** One page of a due list, the earliest day first (keyset on due_on, id). */
    public List<FollowUp> due(DueFilter f, @Nullable LocalDate afterDay, @Nullable UUID afterId, int fetch) {
        List<Object> params = f.params();
        String keyset = "";
        if (afterDay != null) {
            keyset = " and (due_on, id) > (?, ?)";
            params.add(afterDay);
            params.add(afterId);
        }
        params.add(fetch);
        return query("select * from follow_up where " + f.where() + keyset + " order by due_on, id limit ?", params);
    }

    /** How many of the whole due list are overdue (before {@code today}) and due soon (today to {@code soonUntil}). */
    public long[] dueCounts(DueFilter f, LocalDate today, LocalDate soonUntil) {
        List<Object> params = new ArrayList<>(List.of(today, today, soonUntil));
        params.addAll(f.params());
        return jdbc.prepareStatement("select count(*) filter (where due_on < ?), count(*) filter (where due_on >= ? and due_on <= ?)"
                + " from follow_up where " + f.where(), ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
    }

    public List<FollowUp> all() {
        return query("select * from follow_up", List.of());
    }

    public void close(UUID id, FollowUpStatus status, Instant at) {
        jdbc.prepareStatement("update follow_up set status = ?, closed_at = ? where id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setTimestamp(2, status == FollowUpStatus.DUE ? null : Timestamp.from(at));
            ps.setObject(3, id);
            return ps.executeUpdate();
        });
    }

    /** Outcomes in JDBC batches (the demo history): each one's status, when it was closed and who has it. */
    public void recordAll(List<FollowUp> outcomes) {
        jdbc.prepareStatement("update follow_up set status = ?, closed_at = ?, assigned_to = ? where id = ?", ps -> {
            int n = 0;
            for (FollowUp f : outcomes) {
                ps.setString(1, f.status().name());
                ps.setTimestamp(2, f.closedAt() == null ? null : Timestamp.from(f.closedAt()));
                ps.setString(3, f.assignedTo());
                ps.setObject(4, f.id());
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            return n;
        });
    }

    public void assign(UUID id, String username) {
        jdbc.prepareStatement("update follow_up set assigned_to = ? where id = ?", ps -> {
            ps.setString(1, username);
            ps.setObject(2, id);
            return ps.executeUpdate();
        });
    }

    private List<FollowUp> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<FollowUp> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    private static void bind(java.sql.PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
    }

    private static FollowUp row(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("enrollment_id", UUID.class),
                rs.getObject("appointment_id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("program_code"), rs.getString("owner_org"),
                rs.getString("kind"), rs.getDate("due_on").toLocalDate(), FollowUpStatus.valueOf(rs.getString("status")),
                rs.getString("assigned_to"), closed == null ? null : closed.toInstant());
    }
}
