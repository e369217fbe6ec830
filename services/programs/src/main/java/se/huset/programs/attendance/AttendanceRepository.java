package se.huset.programs.attendance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-written: records attendance as an upsert (ON CONFLICT DO UPDATE), which a generated save cannot express.
 * Joins the caller's transaction, or opens one for a lone read.
 */
@Singleton
@Transactional
public class AttendanceRepository {

    public record Mark(AttendanceStatus status, String note) {
    }

    private final JdbcOperations jdbc;

    public AttendanceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Records or corrects one participant's attendance at a session. */
    public void save(UUID sessionId, UUID enrollmentId, AttendanceStatus status, String note, String by, Instant at) {
        jdbc.prepareStatement("""
                insert into attendance (session_id, enrollment_id, status, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (session_id, enrollment_id) do update set status = excluded.status, note = excluded.note,
                  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""", ps -> {
            ps.setObject(1, sessionId);
            ps.setObject(2, enrollmentId);
            ps.setString(3, status.name());
            ps.setString(4, note);
            ps.setString(5, by);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public Map<UUID, Mark> forSession(UUID sessionId) {
        return jdbc.prepareStatement("select enrollment_id, status, note from attendance where session_id = ?", ps -> {
            ps.setObject(1, sessionId);
            Map<UUID, Mark> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), new Mark(AttendanceStatus.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
