package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written: locks enrollments and groups FOR UPDATE and pages by hand-ordered keysets. Joins the caller's
 * transaction, or opens one for a lone read.
 */
@Singleton
@Transactional
public class EnrollmentRepository {

    private static final String COLUMNS = """
            id, client_id, program_code, group_id, owner_org, therapist, status, goals, is_return, referred_on,
            started_on, ended_on, drop_reason, dropped_at_session, decision_id""";

    private final JdbcOperations jdbc;

    public EnrollmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Enrollment e, Instant at) {
        jdbc.prepareStatement("insert into enrollment (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, e.id());
                    ps.setObject(2, e.clientId());
                    ps.setString(3, e.programCode());
                    ps.setObject(4, e.groupId());
                    ps.setString(5, e.ownerOrg().name());
                    ps.setString(6, e.therapist());
                    ps.setString(7, e.status().name());
                    ps.setString(8, e.goals());
                    ps.setBoolean(9, e.returning());
                    ps.setDate(10, Date.valueOf(e.referredOn()));
                    ps.setDate(11, date(e.startedOn()));
                    ps.setDate(12, date(e.endedOn()));
                    ps.setString(13, e.dropReason());
                    ps.setObject(14, e.droppedAtSession());
                    ps.setObject(15, e.decisionId());
                    ps.setTimestamp(16, Timestamp.from(at));
                    return ps.executeUpdate();
                });
    }

    /** Writes the changeable part: status, dates, goals and the drop-out details. */
    public void update(Enrollment e, Instant at) {
        jdbc.prepareStatement("""
                update enrollment set status = ?, goals = ?, started_on = ?, ended_on = ?, drop_reason = ?,
                  dropped_at_session = ?, updated_at = ? where id = ?""", ps -> {
            ps.setString(1, e.status().name());
            ps.setString(2, e.goals());
            ps.setDate(3, date(e.startedOn()));
            ps.setDate(4, date(e.endedOn()));
            ps.setString(5, e.dropReason());
            ps.setObject(6, e.droppedAtSession());
            ps.setTimestamp(7, Timestamp.from(at));
            ps.setObject(8, e.id());
            return ps.executeUpdate();
        });
    }

    /** Locks the row: two therapists ending the same enrollment at once must not both succeed. */
    public Optional<Enrollment> findForUpdate(UUID id) {
        return one("select " + COLUMNS + " from enrollment where id = ? for update", id);
    }

    public Optional<Enrollment> find(UUID id) {
        return one("select " + COLUMNS + " from enrollment where id = ?", id);
    }

    /** Every enrollment of one group, for its attendance sheet (a group holds at most 50 at a time). */
    public List<Enrollment> forGroup(UUID groupId) {
        return many("select " + COLUMNS + " from enrollment where group_id = ? order by referred_on, id", groupId);
    }

    /** One page of a client's enrollments, newest referral first (index enrollment_client_newest). */
    public Page<Enrollment> pageForClient(UUID clientId, @Nullable Cursor after, int limit) {
        List<Object> params = new ArrayList<>(List.of(clientId));
        String keyset = "";
        if (after != null) {
            keyset = " and (referred_on, id) < (?, ?)";
            params.add(Date.valueOf(after.date(0)));
            params.add(after.uuid(1));
        }
        params.add(Page.fetchSize(limit));
        return Page.of(manyOf("select " + COLUMNS + " from enrollment where client_id = ?" + keyset
                        + " order by referred_on desc, id desc limit ?", params), limit,
                e -> Cursor.after(e.referredOn(), e.id()));
    }

    /**
     * One page of a group's participants in the order they were referred (index enrollment_group_referred);
     * optionally only those of one status (the active ones, for the session).
     */
    public Page<Enrollment> pageForGroup(UUID groupId, @Nullable EnrollmentStatus status, @Nullable Cursor after,
                                         int limit) {
        List<Object> params = new ArrayList<>(List.of(groupId));
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from enrollment where group_id = ?");
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (after != null) {
            sql.append(" and (referred_on, id) > (?, ?)");
            params.add(Date.valueOf(after.date(0)));
            params.add(after.uuid(1));
        }
        sql.append(" order by referred_on, id limit ?");
        params.add(Page.fetchSize(limit));
        return Page.of(manyOf(sql.toString(), params), limit, e -> Cursor.after(e.referredOn(), e.id()));
    }

    private List<Enrollment> manyOf(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return read(ps.executeQuery());
        });
    }

    public List<Enrollment> forClients(Collection<UUID> clientIds) {
        return jdbc.prepareStatement("select " + COLUMNS + " from enrollment where client_id = any(?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", clientIds.toArray()));
            return read(ps.executeQuery());
        });
    }

    public List<Enrollment> all() {
        return jdbc.prepareStatement("select " + COLUMNS + " from enrollment", ps -> read(ps.executeQuery()));
    }

    /** The days earlier enrollments of the client in the programme at this body ended. */
    public List<LocalDate> endings(UUID clientId, String programCode, Org org) {
        return jdbc.prepareStatement("""
                select ended_on from enrollment where client_id = ? and program_code = ? and owner_org = ?
                  and status in ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED') and ended_on is not null""", ps -> {
            ps.setObject(1, clientId);
            ps.setString(2, programCode);
            ps.setString(3, org.name());
            List<LocalDate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getDate(1).toLocalDate());
                }
            }
            return out;
        });
    }

    public boolean hasOpen(UUID clientId, String programCode, Org org) {
        return jdbc.prepareStatement("""
                select 1 from enrollment where client_id = ? and program_code = ? and owner_org = ?
                  and status in ('REFERRED', 'WAITING', 'ACTIVE')""", ps -> {
            ps.setObject(1, clientId);
            ps.setString(2, programCode);
            ps.setString(3, org.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Places taken in a group: those taking part. Locks the group's row so two starts cannot both take the last place. */
    public int activeIn(UUID groupId) {
        jdbc.prepareStatement("select 1 from program_group where id = ? for update", ps -> {
            ps.setObject(1, groupId);
            return ps.execute();
        });
        return jdbc.prepareStatement("select count(*) from enrollment where group_id = ? and status = 'ACTIVE'", ps -> {
            ps.setObject(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** A client's enrollment with its programme's name and its attendance so far ({@link #forClientWithAttendance}). */
    public record Attended(Enrollment enrollment, String programName, int present, int held) {
    }

    /**
     * Every enrollment of a client, in referral order, with its programme's name and, in one query, the group
     * sessions begun by {@code now} that were the client's (from the day they started to the day they ended, or any
     * with the client's attendance taken) and how many of those the client was present at.
     */
    public List<Attended> forClientWithAttendance(UUID clientId, Instant now, ZoneId zone) {
        return jdbc.prepareStatement("""
                select e.*, p.name as program_name,
                       (select count(*) from attendance a join group_session s on s.id = a.session_id
                        where a.enrollment_id = e.id and a.status = 'PRESENT' and s.starts_at <= ?) as present,
                       (select count(*) from group_session s
                        where s.group_id = e.group_id and s.starts_at <= ?
                          and (exists (select 1 from attendance a where a.session_id = s.id and a.enrollment_id = e.id)
                               or e.started_on is not null and s.starts_at >= e.started_on::timestamp at time zone ?
                                  and (e.ended_on is null
                                       or s.starts_at < (e.ended_on + 1)::timestamp at time zone ?))) as held
                from enrollment e join program p on p.code = e.program_code
                where e.client_id = ? order by e.referred_on, e.id""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, zone.getId());
            ps.setString(4, zone.getId());
            ps.setObject(5, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Attended> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Attended(enrollment(rs), rs.getString("program_name"), rs.getInt("present"),
                            rs.getInt("held")));
                }
                return out;
            }
        });
    }

    /** The number of the last session the client was present at, 0 when none. */
    public int lastSessionPresent(UUID enrollmentId) {
        return jdbc.prepareStatement("""
                select coalesce(max(s.occurrence), 0) from attendance a join group_session s on s.id = a.session_id
                where a.enrollment_id = ? and a.status = 'PRESENT'""", ps -> {
            ps.setObject(1, enrollmentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Optional<Enrollment> one(String sql, UUID id) {
        List<Enrollment> rows = many(sql, id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<Enrollment> many(String sql, UUID id) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, id);
            return read(ps.executeQuery());
        });
    }

    private static List<Enrollment> read(ResultSet rs) throws SQLException {
        try (rs) {
            List<Enrollment> out = new ArrayList<>();
            while (rs.next()) {
                out.add(enrollment(rs));
            }
            return out;
        }
    }

    private static Enrollment enrollment(ResultSet rs) throws SQLException {
        return new Enrollment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getString("program_code"), rs.getObject("group_id", UUID.class),
                Org.valueOf(rs.getString("owner_org")), rs.getString("therapist"),
                EnrollmentStatus.valueOf(rs.getString("status")), rs.getString("goals"),
                rs.getBoolean("is_return"), rs.getDate("referred_on").toLocalDate(),
                local(rs.getDate("started_on")), local(rs.getDate("ended_on")), rs.getString("drop_reason"),
                (Integer) rs.getObject("dropped_at_session"), rs.getObject("decision_id", UUID.class));
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
