package se.huset.booking.appointment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.TimeRange;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A staff member, a room or a client is never in two places at once. The guarantee is the exclusion constraint
 * {@code no_double_booking} on {@code appointment_slot}, which holds under any concurrency; this class writes the
 * rows it checks and turns a violation (SQLState 23P01) into {@link DoubleBookingException}.
 * <p>
 * Claims on the same resource first queue on a transaction-scoped advisory lock, taken in the holds' fixed order.
 * Without it, two claims inserted at the same instant each wait for the other's uncommitted slot and PostgreSQL
 * aborts one as a deadlock while the winner is still uncommitted, so the refusal could not name the winner. With
 * it, a refused claim always collides with a committed booking.
 */
@Singleton
public class NoDoubleBooking {

    static final String EXCLUSION_VIOLATION = "23P01";

    public enum Kind { STAFF, ROOM, CLIENT }

    public record Hold(Kind kind, String key) {
    }

    private final JdbcOperations jdbc;

    public NoDoubleBooking(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What an appointment holds, in one fixed order so that concurrent claims queue instead of deadlocking. */
    public static List<Hold> holdsOf(Appointment a) {
        List<Hold> holds = new ArrayList<>();
        a.staff().forEach(s -> holds.add(new Hold(Kind.STAFF, s)));
        if (a.roomId() != null) {
            holds.add(new Hold(Kind.ROOM, a.roomId().toString()));
        }
        if (a.clientId() != null) {
            holds.add(new Hold(Kind.CLIENT, a.clientId().toString()));
        }
        holds.sort(Comparator.comparing(Hold::kind).thenComparing(Hold::key));
        return holds;
    }

    public void claim(Appointment a) {
        List<Hold> holds = holdsOf(a);
        queueBehindOtherClaims(holds);
        guarded(a, holds, () -> jdbc.prepareStatement("""
                insert into appointment_slot (appointment_id, resource_kind, resource_key, during)
                select ?, k, r, tstzrange(?, ?, '[)') from unnest(?::text[], ?::text[]) as h(k, r)""", ps -> {
            ps.setObject(1, a.id());
            ps.setTimestamp(2, Timestamp.from(a.start()));
            ps.setTimestamp(3, Timestamp.from(a.end()));
            bindHolds(ps, holds, 4);
            return ps.executeUpdate();
        }));
    }

    /** Waits, in the holds' order, until no other open transaction is claiming one of these resources. */
    private void queueBehindOtherClaims(List<Hold> holds) {
        jdbc.prepareStatement("""
                select pg_advisory_xact_lock(hashtextextended(k || ':' || r, 0))
                from unnest(?::text[], ?::text[]) with ordinality as h(k, r, n) order by n""", ps -> {
            bindHolds(ps, holds, 1);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    // each row is one lock taken
                }
            }
            return null;
        });
    }

    private static void bindHolds(PreparedStatement ps, List<Hold> holds, int first) throws SQLException {
        ps.setArray(first, ps.getConnection().createArrayOf("text", holds.stream().map(h -> h.kind().name()).toArray()));
        ps.setArray(first + 1, ps.getConnection().createArrayOf("text", holds.stream().map(Hold::key).toArray()));
    }

    /** Holds the resources of a moved appointment at its new time (the constraint checks it as a new claim). */
    public void reclaim(Appointment moved) {
        jdbc.prepareStatement("delete from appointment_slot where appointment_id = ?", ps -> {
            ps.setObject(1, moved.id());
            return ps.executeUpdate();
        });
        claim(moved);
    }

    /** A cancelled appointment frees its staff, room and client for that time. */
    public void release(UUID appointmentId) {
        jdbc.prepareStatement("update appointment_slot set active = false where appointment_id = ?", ps -> {
            ps.setObject(1, appointmentId);
            return ps.executeUpdate();
        });
    }

    private static void guarded(Appointment a, List<Hold> holds, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (isExclusionViolation(e)) {
                throw new DoubleBookingException(a.id(), holds, a.during());
            }
            throw e;
        }
    }

    static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The first active booking holding one of {@code holds} during {@code during}, other than {@code self}. */
    public List<Conflict> conflicts(UUID self, List<Hold> holds, TimeRange during) {
        return jdbc.prepareStatement("""
                select s.appointment_id, s.resource_kind, s.resource_key from appointment_slot s
                join unnest(?::text[], ?::text[]) as h(k, r) on s.resource_kind = h.k and s.resource_key = h.r
                where s.active and s.during && tstzrange(?, ?, '[)') and s.appointment_id <> ?
                order by lower(s.during), s.resource_kind""", ps -> {
            bindHolds(ps, holds, 1);
            ps.setTimestamp(3, Timestamp.from(during.start()));
            ps.setTimestamp(4, Timestamp.from(during.end()));
            ps.setObject(5, self);
            List<Conflict> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Conflict(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    public record Conflict(UUID appointmentId, Kind kind, String key) {
    }
}
