package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.TimeRange;
import se.huset.contracts.security.Org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: locks appointments FOR UPDATE and books under the no_double_booking exclusion constraint. */
@Singleton
public class AppointmentRepository {

    static final String COLUMNS = """
            id, type, status, client_id, staff, room_id, starts_at, ends_at, owner_org, booked_by, booked_at,
            request_id, series_id, occurrence, capacity""";

    private final JdbcOperations jdbc;

    public AppointmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Appointment a) {
        jdbc.prepareStatement("""
                insert into appointment (id, type, status, client_id, staff, room_id, starts_at, ends_at, owner_org,
                                         booked_by, booked_at, request_id, series_id, occurrence, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, a.id());
            ps.setString(2, a.type().name());
            ps.setString(3, a.status().name());
            ps.setObject(4, a.clientId());
            ps.setArray(5, ps.getConnection().createArrayOf("text", a.staff().toArray()));
            ps.setObject(6, a.roomId());
            ps.setTimestamp(7, Timestamp.from(a.start()));
            ps.setTimestamp(8, Timestamp.from(a.end()));
            ps.setString(9, a.ownerOrg().name());
            ps.setString(10, a.bookedBy());
            ps.setTimestamp(11, Timestamp.from(a.bookedAt()));
            ps.setObject(12, a.requestId());
            ps.setObject(13, a.seriesId());
            ps.setObject(14, a.occurrence());
            ps.setObject(15, a.capacity());
            return ps.executeUpdate();
        });
    }

    /** Changes the status only from BOOKED; answers false when someone changed it first. */
    public boolean changeStatus(UUID id, AppointmentStatus to, String by, Instant at) {
        return jdbc.prepareStatement("""
                update appointment set status = ?, status_by = ?, status_at = ? where id = ? and status = 'BOOKED'""", ps -> {
            ps.setString(1, to.name());
            ps.setString(2, by);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setObject(4, id);
            return ps.executeUpdate() == 1;
        });
    }

    public void move(UUID id, TimeRange during, UUID roomId) {
        jdbc.prepareStatement("update appointment set starts_at = ?, ends_at = ?, room_id = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(during.start()));
            ps.setTimestamp(2, Timestamp.from(during.end()));
            ps.setObject(3, roomId);
            ps.setObject(4, id);
            return ps.executeUpdate();
        });
    }

    public Optional<Appointment> find(UUID id) {
        return query("select " + COLUMNS + " from appointment where id = ?", id).stream().findFirst();
    }

    public Optional<Appointment> lock(UUID id) {
        return query("select " + COLUMNS + " from appointment where id = ? for update", id).stream().findFirst();
    }

    /** Appointments of a staff member overlapping a window, cancelled ones included (they are listed, greyed). */
    public List<Appointment> forStaff(String username, TimeRange window) {
        return query("select " + COLUMNS + " from appointment where ? = any(staff) and starts_at < ? and ends_at > ? order by starts_at",
                username, Timestamp.from(window.end()), Timestamp.from(window.start()));
    }

    public List<Appointment> forRoom(UUID roomId, TimeRange window) {
        return query("select " + COLUMNS + " from appointment where room_id = ? and starts_at < ? and ends_at > ? order by starts_at",
                roomId, Timestamp.from(window.end()), Timestamp.from(window.start()));
    }

    /**
     * Up to {@code fetch} appointments overlapping a window, in start order (then id), after a cursor, narrowed by
     * at most one of staff, room or client. Every appointment lies within one day's hours, so one starting more than
     * a day before the window cannot overlap it: that bound lets the start index serve the scan.
     */
    public List<Appointment> page(@Nullable String staff, @Nullable UUID room, @Nullable UUID client, TimeRange window,
                                  @Nullable Instant afterStart, @Nullable UUID afterId, int fetch) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS
                + " from appointment where starts_at < ? and ends_at > ? and starts_at > ?");
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(window.end()), Timestamp.from(window.start()),
                Timestamp.from(window.start().minus(Duration.ofDays(1)))));
        if (staff != null) {
            sql.append(" and ? = any(staff)");
            params.add(staff);
        } else if (room != null) {
            sql.append(" and room_id = ?");
            params.add(room);
        } else if (client != null) {
            sql.append(" and client_id = ?");
            params.add(client);
        }
        if (afterStart != null) {
            sql.append(" and (starts_at, id) > (?, ?)");
            params.add(Timestamp.from(afterStart));
            params.add(afterId);
        }
        sql.append(" order by starts_at, id limit ?");
        params.add(fetch);
        return query(sql.toString(), params.toArray());
    }

    /** Every appointment of a client, in start order (the index appointment_client_start), cancelled ones included. */
    public List<Appointment> forClient(UUID clientId) {
        return query("select " + COLUMNS + " from appointment where client_id = ? order by starts_at, id", clientId);
    }

    public List<Appointment> inSeries(UUID seriesId) {
        return query("select " + COLUMNS + " from appointment where series_id = ? order by occurrence", seriesId);
    }

    /** The times a resource is held (active slots), for the free-slot search. */
    public List<TimeRange> held(NoDoubleBooking.Kind kind, String key, TimeRange window) {
        return jdbc.prepareStatement("""
                select lower(during), upper(during) from appointment_slot
                where active and resource_kind = ? and resource_key = ? and during && tstzrange(?, ?, '[)')""", ps -> {
            ps.setString(1, kind.name());
            ps.setString(2, key);
            ps.setTimestamp(3, Timestamp.from(window.start()));
            ps.setTimestamp(4, Timestamp.from(window.end()));
            List<TimeRange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimeRange(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
                }
            }
            return out;
        });
    }

    private List<Appointment> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Appointment> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    static Appointment map(ResultSet rs) throws SQLException {
        return new Appointment(rs.getObject("id", UUID.class), AppointmentType.valueOf(rs.getString("type")),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getObject("client_id", UUID.class),
                Arrays.asList((String[]) rs.getArray("staff").getArray()), rs.getObject("room_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                Org.valueOf(rs.getString("owner_org")), rs.getString("booked_by"),
                rs.getTimestamp("booked_at").toInstant(), rs.getObject("request_id", UUID.class),
                rs.getObject("series_id", UUID.class), (Integer) rs.getObject("occurrence"),
                (Integer) rs.getObject("capacity"));
    }
}
