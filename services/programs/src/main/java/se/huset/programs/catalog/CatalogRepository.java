package se.huset.programs.catalog;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written: upserts programmes with ON CONFLICT DO UPDATE and pages by a keyset on (name, code). Joins the
 * caller's transaction, or opens one for a lone read.
 */
@Singleton
@Transactional
public class CatalogRepository {

    private static final String COLUMNS = "code, name, format, goal_type, planned_sessions, min_age, orgs, description";

    private final JdbcOperations jdbc;

    public CatalogRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Program> all() {
        return jdbc.prepareStatement("select " + COLUMNS + " from program order by name", ps -> {
            List<Program> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    /** One page of the catalogue, by name (index program_by_name). */
    public Page<Program> page(@Nullable Cursor after, int limit) {
        String keyset = after == null ? "" : " where (name, code) > (?, ?)";
        List<Program> rows = jdbc.prepareStatement("select " + COLUMNS + " from program" + keyset
                + " order by name, code limit ?", ps -> {
            int i = 1;
            if (after != null) {
                ps.setString(i++, after.text(0));
                ps.setString(i++, after.text(1));
            }
            ps.setInt(i, Page.fetchSize(limit));
            List<Program> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
        return Page.of(rows, limit, p -> Cursor.after(p.name(), p.code()));
    }

    public Optional<Program> find(String code) {
        return jdbc.prepareStatement("select " + COLUMNS + " from program where code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<Program>empty();
            }
        });
    }

    public void save(Program p) {
        jdbc.prepareStatement("""
                insert into program (code, name, format, goal_type, planned_sessions, min_age, orgs, description)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, format = excluded.format,
                  goal_type = excluded.goal_type, planned_sessions = excluded.planned_sessions,
                  min_age = excluded.min_age, orgs = excluded.orgs, description = excluded.description""", ps -> {
            ps.setString(1, p.code());
            ps.setString(2, p.name());
            ps.setString(3, p.format().name());
            ps.setString(4, p.goalType().name());
            ps.setInt(5, p.plannedSessions());
            ps.setObject(6, p.minAge());
            ps.setArray(7, ps.getConnection().createArrayOf("text", p.orgs().toArray()));
            ps.setString(8, p.description());
            return ps.executeUpdate();
        });
    }

    private static Program map(ResultSet rs) throws SQLException {
        return new Program(rs.getString("code"), rs.getString("name"), Program.Format.valueOf(rs.getString("format")),
                Program.GoalType.valueOf(rs.getString("goal_type")), rs.getInt("planned_sessions"),
                (Integer) rs.getObject("min_age"), Arrays.asList((String[]) rs.getArray("orgs").getArray()),
                rs.getString("description"));
    }
}
