package se.huset.booking.request;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class RequestRepository {

    private static final String COLUMNS = """
            id, contact_id, client_id, urgency, pathway, unit_org, registered_at, triaged_at, due_at, status,
            appointment_id, booked_at""";

    private final JdbcOperations jdbc;

    public RequestRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One request per contact: a replayed event changes nothing. */
    public void insertOnce(FirstVisitRequest r) {
        jdbc.prepareStatement("""
                insert into first_visit_request (id, contact_id, client_id, urgency, pathway, unit_org, registered_at,
                                                 triaged_at, due_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (contact_id) do nothing""", ps -> {
            ps.setObject(1, r.id());
            ps.setObject(2, r.contactId());
            ps.setObject(3, r.clientId());
            ps.setString(4, r.urgency());
            ps.setString(5, r.pathway());
            ps.setString(6, r.unitOrg().name());
            ps.setTimestamp(7, Timestamp.from(r.registeredAt()));
            ps.setTimestamp(8, Timestamp.from(r.triagedAt()));
            ps.setTimestamp(9, Timestamp.from(r.dueAt()));
            ps.setString(10, r.status().name());
            return ps.executeUpdate();
        });
    }

    public Optional<FirstVisitRequest> find(UUID id) {
        return query("select " + COLUMNS + " from first_visit_request where id = ?", id).stream().findFirst();
    }

    /** Locks the request until the booking commits, so two receptionists cannot both fulfil it. */
    public Optional<FirstVisitRequest> lock(UUID id) {
        return query("select " + COLUMNS + " from first_visit_request where id = ? for update", id).stream().findFirst();
    }

    public List<FirstVisitRequest> byStatus(FirstVisitRequest.Status status, int limit) {
        return query("select " + COLUMNS + " from first_visit_request where status = ? order by due_at, triaged_at limit ?",
                status.name(), limit);
    }

    public void fulfil(UUID id, UUID appointmentId, Instant at) {
        jdbc.prepareStatement("update first_visit_request set status = 'BOOKED', appointment_id = ?, booked_at = ? where id = ?", ps -> {
            ps.setObject(1, appointmentId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setObject(3, id);
            return ps.executeUpdate();
        });
    }

    /** A cancelled first visit puts its request back on the waiting list, with its original due time. */
    public void reopen(UUID id) {
        jdbc.prepareStatement("update first_visit_request set status = 'OPEN', appointment_id = null, booked_at = null where id = ?", ps -> {
            ps.setObject(1, id);
            return ps.executeUpdate();
        });
    }

    private List<FirstVisitRequest> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<FirstVisitRequest> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static FirstVisitRequest map(ResultSet rs) throws SQLException {
        Timestamp booked = rs.getTimestamp("booked_at");
        return new FirstVisitRequest(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getString("urgency"), rs.getString("pathway"),
                Org.valueOf(rs.getString("unit_org")), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("triaged_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                FirstVisitRequest.Status.valueOf(rs.getString("status")), rs.getObject("appointment_id", UUID.class),
                booked == null ? null : booked.toInstant());
    }
}
