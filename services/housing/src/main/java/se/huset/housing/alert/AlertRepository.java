package se.huset.housing.alert;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class AlertRepository {

    private static final String SELECT = """
            select a.id, a.placement_id, a.client_id, a.unit_id, u.name, a.reason, a.coordinator, a.owner_org,
                   a.raised_at, a.acknowledged_by, a.acknowledged_at
            from alert a join unit u on u.id = a.unit_id""";

    private final JdbcOperations jdbc;

    public AlertRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void raise(UUID placementId, UUID clientId, UUID unitId, String reason, String coordinator, Org owner,
                      Instant at) {
        jdbc.prepareStatement("""
                insert into alert (id, placement_id, client_id, unit_id, reason, coordinator, owner_org, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, placementId);
            ps.setObject(3, clientId);
            ps.setObject(4, unitId);
            ps.setString(5, reason);
            ps.setString(6, coordinator);
            ps.setString(7, owner.name());
            ps.setTimestamp(8, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    /** Open alerts first (newest first), then the acknowledged ones of the last 90 days. */
    public List<Alert> recent(Instant since) {
        return query(SELECT + """
                 where a.acknowledged_at is null or a.raised_at >= ?
                order by a.acknowledged_at is not null, a.raised_at desc limit 500""", since);
    }

    public Optional<Alert> findById(UUID id) {
        return query(SELECT + " where a.id = ?", id).stream().findFirst();
    }

    public boolean acknowledge(UUID id, String by, Instant at) {
        return jdbc.prepareStatement("""
                update alert set acknowledged_by = ?, acknowledged_at = ? where id = ? and acknowledged_at is null""",
                ps -> {
                    ps.setString(1, by);
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setObject(3, id);
                    return ps.executeUpdate() == 1;
                });
    }

    private List<Alert> query(String sql, Object param) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, param instanceof Instant i ? Timestamp.from(i) : param);
            List<Alert> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp ack = rs.getTimestamp(11);
                    rows.add(new Alert(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5),
                            rs.getString(6), rs.getString(7), Org.valueOf(rs.getString(8)),
                            rs.getTimestamp(9).toInstant(), rs.getString(10), ack == null ? null : ack.toInstant()));
                }
            }
            return rows;
        });
    }
}
