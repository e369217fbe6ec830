package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written: pages groups by a keyset on (name, id) under optional filters. Joins the caller's transaction, or
 * opens one for a lone read.
 */
@Singleton
@Transactional
public class GroupRepository {

    private static final String COLUMNS = "id, program_code, name, owner_org, facilitators, facilitator_orgs, capacity, intake, series_id";
    private static final String SESSION_COLUMNS = "id, group_id, occurrence, starts_at, ends_at, group_note";

    private final JdbcOperations jdbc;

    public GroupRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProgramGroup g, String by, Instant at) {
        jdbc.prepareStatement("insert into program_group (" + COLUMNS + ", created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, g.id());
            ps.setString(2, g.programCode());
            ps.setString(3, g.name());
            ps.setString(4, g.ownerOrg());
            ps.setArray(5, ps.getConnection().createArrayOf("text", g.facilitators().stream().map(Facilitator::username).toArray()));
            ps.setArray(6, ps.getConnection().createArrayOf("text", g.facilitators().stream().map(Facilitator::org).toArray()));
            ps.setInt(7, g.capacity());
            ps.setString(8, g.intake().name());
            ps.setObject(9, g.seriesId());
            ps.setString(10, by);
            ps.setTimestamp(11, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public void insertSession(GroupSession s) {
        jdbc.prepareStatement("insert into group_session (" + SESSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, s.id());
            ps.setObject(2, s.groupId());
            ps.setInt(3, s.occurrence());
            ps.setTimestamp(4, Timestamp.from(s.startsAt()));
            ps.setTimestamp(5, Timestamp.from(s.endsAt()));
            ps.setString(6, s.groupNote());
            return ps.executeUpdate();
        });
    }

    public void saveGroupNote(UUID sessionId, String note) {
        jdbc.prepareStatement("update group_session set group_note = ? where id = ?", ps -> {
            ps.setString(1, note);
            ps.setObject(2, sessionId);
            return ps.executeUpdate();
        });
    }

    public Optional<ProgramGroup> find(UUID id) {
        List<ProgramGroup> found = groups("select " + COLUMNS + " from program_group where id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<ProgramGroup> all() {
        return groups("select " + COLUMNS + " from program_group order by name", null);
    }

    /** One page of groups by name (index program_group_by_name); optionally one programme's, or one facilitator's. */
    public Page<ProgramGroup> page(@Nullable String programCode, @Nullable String facilitator, @Nullable Cursor after,
                                   int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from program_group where true");
        List<Object> params = new ArrayList<>();
        if (programCode != null) {
            sql.append(" and program_code = ?");
            params.add(programCode);
        }
        if (facilitator != null) {
            sql.append(" and facilitators @> array[?]::text[]");
            params.add(facilitator);
        }
        if (after != null) {
            sql.append(" and (name, id) > (?, ?)");
            params.add(after.text(0));
            params.add(after.uuid(1));
        }
        sql.append(" order by name, id limit ?");
        params.add(Page.fetchSize(limit));
        List<ProgramGroup> rows = jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return readGroups(ps.executeQuery());
        });
        return Page.of(rows, limit, g -> Cursor.after(g.name(), g.id()));
    }

    public List<GroupSession> sessions(UUID groupId) {
        return jdbc.prepareStatement("select " + SESSION_COLUMNS + " from group_session where group_id = ? order by occurrence", ps -> {
            ps.setObject(1, groupId);
            return readSessions(ps.executeQuery());
        });
    }

    public List<GroupSession> sessionsBetween(Instant from, Instant to) {
        return jdbc.prepareStatement("select " + SESSION_COLUMNS + " from group_session where starts_at >= ? and starts_at < ? order by starts_at", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            return readSessions(ps.executeQuery());
        });
    }

    public Optional<GroupSession> session(UUID groupId, UUID sessionId) {
        return jdbc.prepareStatement("select " + SESSION_COLUMNS + " from group_session where group_id = ? and id = ?", ps -> {
            ps.setObject(1, groupId);
            ps.setObject(2, sessionId);
            List<GroupSession> found = readSessions(ps.executeQuery());
            return found.isEmpty() ? Optional.<GroupSession>empty() : Optional.of(found.get(0));
        });
    }

    private List<ProgramGroup> groups(String sql, UUID id) {
        return jdbc.prepareStatement(sql, ps -> {
            if (id != null) {
                ps.setObject(1, id);
            }
            return readGroups(ps.executeQuery());
        });
    }

    private static List<ProgramGroup> readGroups(ResultSet rs) throws SQLException {
        try (rs) {
            List<ProgramGroup> out = new ArrayList<>();
            while (rs.next()) {
                String[] names = (String[]) rs.getArray("facilitators").getArray();
                String[] orgs = (String[]) rs.getArray("facilitator_orgs").getArray();
                List<Facilitator> facilitators = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    facilitators.add(new Facilitator(names[i], orgs[i]));
                }
                out.add(new ProgramGroup(rs.getObject("id", UUID.class), rs.getString("program_code"),
                        rs.getString("name"), rs.getString("owner_org"), facilitators, rs.getInt("capacity"),
                        ProgramGroup.Intake.valueOf(rs.getString("intake")), rs.getObject("series_id", UUID.class)));
            }
            return out;
        }
    }

    private static List<GroupSession> readSessions(ResultSet rs) throws SQLException {
        try (rs) {
            List<GroupSession> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new GroupSession(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class),
                        rs.getInt("occurrence"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getString("group_note")));
            }
            return out;
        }
    }
}
