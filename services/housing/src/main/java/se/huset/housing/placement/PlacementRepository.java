package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import se.huset.kit.time.ClinicTime;

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

/** Hand-written: locks placements FOR UPDATE, makes conditional status moves and joins unit, place and aftercare. */
@Singleton
public class PlacementRepository {

    private static final String SELECT = """
            select p.id, p.client_id, p.unit_id, u.name as unit_name, pl.number as place_number, p.place_id,
                   p.decision_id, d.decision_date, p.owner_org, p.coordinator, p.status, p.requested_at, p.placed_at,
                   p.ended_at, p.end_reason,
                   a.owner_staff, a.owner_org as a_owner_org, a.next_housing, a.occupation, a.network, a.follow_up_date
            from placement p
            join unit u on u.id = p.unit_id
            left join place pl on pl.id = p.place_id
            left join decision d on d.id = p.decision_id
            left join aftercare a on a.placement_id = p.id""";

    /** A queue entry without a decision sorts after every decided one: its day is the last PostgreSQL and Java share. */
    private static final LocalDate NO_DECISION = LocalDate.of(9999, 12, 31);
    private static final String QUEUE_DAY = "coalesce(d.decision_date, date '9999-12-31')";

    private final JdbcOperations jdbc;

    public PlacementRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored row plus its place id, for the use cases that change it. */
    public record Row(Placement placement, @Nullable Long placeId) {
    }

    public void insert(UUID id, UUID clientId, UUID unitId, @Nullable Long placeId, @Nullable UUID decisionId,
                       Org owner, String coordinator, PlacementStatus status, Instant now) {
        jdbc.prepareStatement("""
                insert into placement (id, client_id, unit_id, place_id, decision_id, owner_org, coordinator, status,
                                       requested_at, placed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, id);
            ps.setObject(2, clientId);
            ps.setObject(3, unitId);
            ps.setObject(4, placeId);
            ps.setObject(5, decisionId);
            ps.setString(6, owner.name());
            ps.setString(7, coordinator);
            ps.setString(8, status.name());
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, status == PlacementStatus.PLACED ? Timestamp.from(now) : null);
            return ps.executeUpdate();
        });
    }

    /** WAITING → PLACED; answers false when it was no longer waiting. */
    public boolean place(UUID id, long placeId, @Nullable UUID decisionId, Instant now) {
        return jdbc.prepareStatement("""
                update placement set status = 'PLACED', place_id = ?, decision_id = coalesce(?, decision_id),
                       placed_at = ? where id = ? and status = 'WAITING'""", ps -> {
            ps.setLong(1, placeId);
            ps.setObject(2, decisionId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setObject(4, id);
            return ps.executeUpdate() == 1;
        });
    }

    public boolean move(UUID id, UUID unitId, long placeId, @Nullable UUID decisionId) {
        return jdbc.prepareStatement("""
                update placement set unit_id = ?, place_id = ?, decision_id = coalesce(?, decision_id)
                where id = ? and status = 'PLACED'""", ps -> {
            ps.setObject(1, unitId);
            ps.setLong(2, placeId);
            ps.setObject(3, decisionId);
            ps.setObject(4, id);
            return ps.executeUpdate() == 1;
        });
    }

    public boolean end(UUID id, EndReason reason, Instant now) {
        return jdbc.prepareStatement("""
                update placement set status = 'ENDED', end_reason = ?, ended_at = ? where id = ? and status = 'PLACED'""",
                ps -> {
                    ps.setString(1, reason.name());
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setObject(3, id);
                    return ps.executeUpdate() == 1;
                });
    }

    /** Takes a waiting entry off the queue without a stay: ENDED with no reason and no move-in. */
    public boolean withdraw(UUID id, Instant now) {
        return jdbc.prepareStatement(
                "update placement set status = 'ENDED', ended_at = ? where id = ? and status = 'WAITING'", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setObject(2, id);
                    return ps.executeUpdate() == 1;
                });
    }

    /** The client's current home placement, locked, if any. */
    public Optional<Row> lockHome(UUID clientId) {
        UUID id = jdbc.prepareStatement("select id from placement where client_id = ? and status = 'PLACED' for update",
                ps -> {
                    ps.setObject(1, clientId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getObject(1, UUID.class) : null;
                    }
                });
        return id == null ? Optional.empty() : findRow(id);
    }

    /** The client's place in the unit's queue, if any. */
    public Optional<UUID> waitingEntry(UUID clientId, UUID unitId) {
        return jdbc.prepareStatement(
                "select id from placement where client_id = ? and unit_id = ? and status = 'WAITING'", ps -> {
                    ps.setObject(1, clientId);
                    ps.setObject(2, unitId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty();
                    }
                });
    }

    /** The row locked for the change about to be made to it. */
    public Optional<Row> lock(UUID id) {
        jdbc.prepareStatement("select id from placement where id = ? for update", ps -> {
            ps.setObject(1, id);
            ps.executeQuery().close();
            return null;
        });
        return findRow(id);
    }

    public Optional<Row> findRow(UUID id) {
        return query(SELECT + " where p.id = ?", List.of(id)).stream().findFirst();
    }

    public Optional<Placement> findById(UUID id) {
        return findRow(id).map(Row::placement);
    }

    public boolean hasHome(UUID clientId) {
        return jdbc.prepareStatement("select 1 from placement where client_id = ? and status = 'PLACED'", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * One page of placements. The waiting list in queue order: earliest decision first (none last), then longest
     * waiting; everything else newest request first. Both end in the id, so the order is total and a cursor taken
     * from the last row of a page starts the next one exactly after it.
     */
    public Page<Placement> page(PlacementFilter filter, @Nullable Cursor after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.unitId() != null) {
            sql.append(" and p.unit_id = ?");
            params.add(filter.unitId());
        }
        if (filter.status() != null) {
            sql.append(" and p.status = ?");
            params.add(filter.status().name());
        }
        if (filter.clientId() != null) {
            sql.append(" and p.client_id = ?");
            params.add(filter.clientId());
        }
        if (filter.coordinator() != null) {
            sql.append(" and p.coordinator = ?");
            params.add(filter.coordinator());
        }
        if (filter.from() != null) {
            sql.append(" and p.requested_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(ClinicTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and p.requested_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant()));
        }
        if (filter.queueOrder()) {
            if (after != null) {
                sql.append(" and (" + QUEUE_DAY + ", p.requested_at, p.id) > (?, ?, ?)");
                params.add(Date.valueOf(after.date(0)));
                params.add(Timestamp.from(after.instant(1)));
                params.add(after.uuid(2));
            }
            sql.append(" order by " + QUEUE_DAY + ", p.requested_at, p.id");
        } else {
            if (after != null) {
                sql.append(" and (p.requested_at, p.id) < (?, ?)");
                params.add(Timestamp.from(after.instant(0)));
                params.add(after.uuid(1));
            }
            sql.append(" order by p.requested_at desc, p.id desc");
        }
        sql.append(" limit ?");
        params.add(Page.fetchSize(limit));
        List<Placement> rows = query(sql.toString(), params).stream().map(Row::placement).toList();
        return Page.of(rows, limit, p -> filter.queueOrder()
                ? Cursor.after(p.decisionDate() == null ? NO_DECISION : p.decisionDate(), p.requestedAt(), p.id())
                : Cursor.after(p.requestedAt(), p.id()));
    }

    /** Who lives in the unit now: never more than its places (at most 500), so one list, by place number. */
    public List<Placement> residents(UUID unitId) {
        return query(SELECT + " where p.unit_id = ? and p.status = 'PLACED' order by pl.number", List.of(unitId))
                .stream().map(Row::placement).toList();
    }

    /** Every placement of the client, newest request first (index placement_client_newest): a client has a few. */
    public List<Placement> forClient(UUID clientId) {
        return query(SELECT + " where p.client_id = ? order by p.requested_at desc, p.id desc", List.of(clientId))
                .stream().map(Row::placement).toList();
    }

    private List<Row> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        String aftercareOwner = rs.getString("owner_staff");
        AftercarePlan plan = aftercareOwner == null ? null : new AftercarePlan(aftercareOwner,
                Org.valueOf(rs.getString("a_owner_org")), rs.getString("next_housing"), rs.getString("occupation"),
                rs.getString("network"), rs.getDate("follow_up_date").toLocalDate());
        Date decisionDate = rs.getDate("decision_date");
        String reason = rs.getString("end_reason");
        Placement p = new Placement(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), (Integer) rs.getObject("place_number"),
                rs.getObject("decision_id", UUID.class), decisionDate == null ? null : decisionDate.toLocalDate(),
                Org.valueOf(rs.getString("owner_org")), rs.getString("coordinator"),
                PlacementStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"), instant(rs, "placed_at"),
                instant(rs, "ended_at"), reason == null ? null : EndReason.valueOf(reason), plan);
        Object placeId = rs.getObject("place_id");
        return new Row(p, placeId == null ? null : ((Number) placeId).longValue());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
