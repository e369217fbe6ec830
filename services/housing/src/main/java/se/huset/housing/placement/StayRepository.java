package se.huset.housing.placement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The stays of a placement, one per unit it lived in. */
@Singleton
public class StayRepository {

    private final JdbcOperations jdbc;

    public StayRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void open(UUID placementId, UUID unitId, Instant at) {
        jdbc.prepareStatement("insert into stay (placement_id, unit_id, started_at) values (?, ?, ?)", ps -> {
            ps.setObject(1, placementId);
            ps.setObject(2, unitId);
            ps.setTimestamp(3, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public void close(UUID placementId, Instant at) {
        jdbc.prepareStatement("update stay set ended_at = ? where placement_id = ? and ended_at is null", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, placementId);
            return ps.executeUpdate();
        });
    }
}
