package se.huset.booking.series;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class SeriesRepository {

    public record Row(UUID id, String title, UUID roomId, int capacity, List<String> facilitators, String ownerOrg,
                      int weeks) {
    }

    private final JdbcOperations jdbc;

    public SeriesRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row s, String by, Instant at) {
        jdbc.prepareStatement("""
                insert into series (id, title, room_id, capacity, facilitators, owner_org, weeks, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, s.id());
            ps.setString(2, s.title());
            ps.setObject(3, s.roomId());
            ps.setInt(4, s.capacity());
            ps.setArray(5, ps.getConnection().createArrayOf("text", s.facilitators().toArray()));
            ps.setString(6, s.ownerOrg());
            ps.setInt(7, s.weeks());
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public Optional<Row> find(UUID id) {
        return jdbc.prepareStatement("select id, title, room_id, capacity, facilitators, owner_org, weeks from series where id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Row>empty();
                }
                return Optional.of(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getInt(4), Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getInt(7)));
            }
        });
    }
}
