package se.huset.booking.room;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: inserts with ON CONFLICT DO NOTHING, answering whether the name was free. */
@Singleton
public class RoomRepository {

    private final JdbcOperations jdbc;

    public RoomRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers false when a room of that name exists already. */
    public boolean insert(Room room) {
        return jdbc.prepareStatement("insert into room (id, name, capacity, active) values (?, ?, ?, ?) on conflict do nothing", ps -> {
            ps.setObject(1, room.id());
            ps.setString(2, room.name());
            ps.setInt(3, room.capacity());
            ps.setBoolean(4, room.active());
            return ps.executeUpdate() == 1;
        });
    }

    public Optional<Room> find(UUID id) {
        return jdbc.prepareStatement("select id, name, capacity, active from room where id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<Room>empty();
            }
        });
    }

    public List<Room> all() {
        return jdbc.prepareStatement("select id, name, capacity, active from room order by name", ps -> {
            List<Room> rooms = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rooms.add(map(rs));
                }
            }
            return rooms;
        });
    }

    public void addPresence(PresenceHours p) {
        jdbc.prepareStatement("""
                insert into presence_hours (id, organisation, weekday, starts, ends) values (?, ?, ?, ?, ?)
                on conflict do nothing""", ps -> {
            ps.setObject(1, p.id());
            ps.setString(2, p.organisation());
            ps.setInt(3, DayOfWeek.valueOf(p.weekday()).getValue());
            ps.setTime(4, Time.valueOf(LocalTime.parse(p.starts())));
            ps.setTime(5, Time.valueOf(LocalTime.parse(p.ends())));
            return ps.executeUpdate();
        });
    }

    public List<PresenceHours> presence() {
        return jdbc.prepareStatement("select id, organisation, weekday, starts, ends from presence_hours order by weekday, starts", ps -> {
            List<PresenceHours> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PresenceHours(rs.getObject(1, UUID.class), rs.getString(2),
                            DayOfWeek.of(rs.getInt(3)).name(), rs.getTime(4).toLocalTime().toString(),
                            rs.getTime(5).toLocalTime().toString()));
                }
            }
            return out;
        });
    }

    private static Room map(ResultSet rs) throws java.sql.SQLException {
        return new Room(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("capacity"), rs.getBoolean("active"));
    }
}
