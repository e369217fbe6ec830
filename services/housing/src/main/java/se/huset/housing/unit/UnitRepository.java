package se.huset.housing.unit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written: locks unit rows FOR UPDATE, inserts with ON CONFLICT DO NOTHING and reads live counts in
 * subqueries. Units with their live counts; transactional itself, as units are read outside any use case too.
 */
@Singleton
@Transactional
public class UnitRepository {

    private static final String SELECT = """
            select u.id, u.name, u.type, u.capacity, u.min_age, u.requires_decision, u.provider, u.cost_per_day,
                   (select count(*) from place p where p.unit_id = u.id and p.occupied_by is not null) as occupied,
                   (select count(*) from placement w where w.unit_id = u.id and w.status = 'WAITING') as waiting
            from unit u""";

    private final JdbcOperations jdbc;

    public UnitRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Unit> all() {
        return query(SELECT + " order by u.name", null);
    }

    public Optional<Unit> findById(UUID id) {
        return query(SELECT + " where u.id = ?", id).stream().findFirst();
    }

    public Optional<Unit> findByName(String name) {
        return query(SELECT + " where u.name = ?", name).stream().findFirst();
    }

    /** Inserts the unit; answers false when the name is taken. */
    public boolean insert(UUID id, UnitRequest r) {
        return jdbc.prepareStatement("""
                insert into unit (id, name, type, capacity, min_age, requires_decision, provider, cost_per_day)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (name) do nothing""", ps -> {
            ps.setObject(1, id);
            bind(ps, 2, r);
            return ps.executeUpdate() == 1;
        });
    }

    public void update(UUID id, UnitRequest r) {
        jdbc.prepareStatement("""
                update unit set name = ?, type = ?, capacity = ?, min_age = ?, requires_decision = ?, provider = ?,
                       cost_per_day = ? where id = ?""", ps -> {
            bind(ps, 1, r);
            ps.setObject(8, id);
            return ps.executeUpdate();
        });
    }

    /** Locks the unit row, so capacity changes and place-taking of one unit queue up behind each other. */
    public void lock(UUID id) {
        jdbc.prepareStatement("select id from unit where id = ? for update", ps -> {
            ps.setObject(1, id);
            ps.executeQuery().close();
            return null;
        });
    }

    public boolean nameTakenByOther(UUID id, String name) {
        return jdbc.prepareStatement("select 1 from unit where name = ? and id <> ?", ps -> {
            ps.setString(1, name);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static void bind(java.sql.PreparedStatement ps, int from, UnitRequest r) throws SQLException {
        ps.setString(from, r.name().strip());
        ps.setString(from + 1, r.type().name());
        ps.setInt(from + 2, r.capacity());
        ps.setObject(from + 3, r.minAge());
        ps.setBoolean(from + 4, r.decisionRequired());
        ps.setString(from + 5, r.provider() == null || r.provider().isBlank() ? null : r.provider().strip());
        ps.setBigDecimal(from + 6, r.costPerDay());
    }

    private List<Unit> query(String sql, Object param) {
        return jdbc.prepareStatement(sql, ps -> {
            if (param != null) {
                ps.setObject(1, param);
            }
            List<Unit> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Unit(rs.getObject("id", UUID.class), rs.getString("name"),
                            UnitType.valueOf(rs.getString("type")), rs.getInt("capacity"),
                            (Integer) rs.getObject("min_age"), rs.getBoolean("requires_decision"),
                            rs.getString("provider"), rs.getBigDecimal("cost_per_day"), rs.getInt("occupied"),
                            rs.getInt("waiting")));
                }
            }
            return rows;
        });
    }
}
