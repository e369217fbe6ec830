package se.huset.housing.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
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

/** Hand-written: locks alerts FOR UPDATE and pages the worklist by a hand-ordered keyset joined with the unit. */
@Singleton
public class AlertRepository {

    private static final String SELECT = """
            select a.id, a.placement_id, a.client_id, a.unit_id, u.name, a.reason, a.coordinator, a.owner_org,
                   a.raised_at, a.acknowledged_by, a.acknowledged_at, a.assigned_to, a.assigned_at, a.closed_by,
                   a.closed_at, a.close_reason
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

    /**
     * One page of the worklist: open first, then acknowledged, then closed; newest first within each (index
     * alert_worklist). {@code responsible} is "mine": given to the reader, or not given to anyone and theirs to
     * coordinate.
     */
    public Page<Alert> page(@Nullable AlertState state, @Nullable String responsible, @Nullable Cursor after,
                            int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            sql.append(" and a.state_rank = ?");
            params.add(state.rank());
        }
        if (responsible != null) {
            sql.append(" and (a.assigned_to = ? or (a.assigned_to is null and a.coordinator = ?))");
            params.add(responsible);
            params.add(responsible);
        }
        if (after != null) {
            int rank = (int) after.number(0);
            sql.append(" and (a.state_rank > ? or (a.state_rank = ? and (a.raised_at, a.id) < (?, ?)))");
            params.add(rank);
            params.add(rank);
            params.add(Timestamp.from(after.instant(1)));
            params.add(after.uuid(2));
        }
        sql.append(" order by a.state_rank, a.raised_at desc, a.id desc limit ?");
        params.add(Page.fetchSize(limit));
        return Page.of(query(sql.toString(), params), limit,
                a -> Cursor.after(a.state().rank(), a.raisedAt(), a.id()));
    }

    /** How many alerts of a body nobody has acknowledged yet: the number the team works down. */
    public int openCount(Org owner) {
        return jdbc.prepareStatement("select count(*) from alert where state_rank = 0 and owner_org = ?", ps -> {
            ps.setString(1, owner.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public Optional<Alert> findById(UUID id) {
        return query(SELECT + " where a.id = ?", List.of(id)).stream().findFirst();
    }

    /** The alert locked for the change about to be made to it. */
    public Optional<Alert> lock(UUID id) {
        return query(SELECT + " where a.id = ? for update of a", List.of(id)).stream().findFirst();
    }

    public void assign(UUID id, String to, Instant at) {
        update("update alert set assigned_to = ?, assigned_at = ? where id = ?", to, Timestamp.from(at), id);
    }

    public void acknowledge(UUID id, String by, Instant at) {
        update("update alert set acknowledged_by = ?, acknowledged_at = ? where id = ?", by, Timestamp.from(at), id);
    }

    /** Closing acknowledges too, when nobody had: whoever closed it has seen it. */
    public void close(UUID id, String by, String reason, Instant at) {
        update("""
                update alert set closed_by = ?, closed_at = ?, close_reason = ?,
                       acknowledged_by = coalesce(acknowledged_by, ?), acknowledged_at = coalesce(acknowledged_at, ?)
                where id = ?""", by, Timestamp.from(at), reason, by, Timestamp.from(at), id);
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        });
    }

    private List<Alert> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Alert> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Alert(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5),
                            rs.getString(6), rs.getString(7), Org.valueOf(rs.getString(8)),
                            rs.getTimestamp(9).toInstant(), rs.getString(10), instant(rs, 11), rs.getString(12),
                            instant(rs, 13), rs.getString(14), instant(rs, 15), rs.getString(16),
                            AlertState.of(rs.getTimestamp(11) != null, rs.getTimestamp(15) != null)));
                }
            }
            return rows;
        });
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
