package se.huset.casework.investigation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: keyset pages of open investigations oldest first, and a closing only the first of two makes. */
@Singleton
public class InvestigationRepository {

    private static final String COLUMNS = """
            id, actualisation_id, client_id, law, handler, opened_on, closed_on, outcome, recorded_at""";

    private final JdbcOperations jdbc;

    public InvestigationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Investigation i) {
        jdbc.prepareStatement("insert into investigation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, null, null, ?)", ps -> {
            ps.setObject(1, i.id());
            ps.setObject(2, i.actualisationId());
            ps.setObject(3, i.clientId());
            ps.setString(4, i.law().name());
            ps.setString(5, i.handler());
            ps.setDate(6, Date.valueOf(i.openedOn()));
            ps.setTimestamp(7, Timestamp.from(i.recordedAt()));
            return ps.executeUpdate();
        });
    }

    public Optional<Investigation> findById(UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from investigation where id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        });
    }

    /** False when it was closed already. */
    public boolean close(UUID id, LocalDate on, InvestigationOutcome outcome) {
        return jdbc.prepareStatement("update investigation set closed_on = ?, outcome = ? where id = ? and closed_on is null",
                ps -> {
                    ps.setDate(1, Date.valueOf(on));
                    ps.setString(2, outcome.name());
                    ps.setObject(3, id);
                    return ps.executeUpdate() == 1;
                });
    }

    /** Open investigations, the oldest first: those are the ones to move. Optionally one handler's, one law's. */
    public Page<Investigation> open(@Nullable String handler, @Nullable Law law, @Nullable Cursor after, int limit) {
        return jdbc.prepareStatement("select " + COLUMNS + " from investigation where closed_on is null"
                + " and (?::text is null or handler = ?) and (?::text is null or law = ?)"
                + " and (?::date is null or (opened_on, id) > (?, ?)) order by opened_on, id limit ?", ps -> {
            ps.setString(1, handler);
            ps.setString(2, handler);
            String l = law == null ? null : law.name();
            ps.setString(3, l);
            ps.setString(4, l);
            Date from = after == null ? null : Date.valueOf(after.date(0));
            ps.setDate(5, from);
            ps.setDate(6, from);
            ps.setObject(7, after == null ? null : after.uuid(1));
            ps.setInt(8, Page.fetchSize(limit));
            return Page.of(list(ps.executeQuery()), limit, i -> Cursor.after(i.openedOn(), i.id()));
        });
    }

    public long countOpen(@Nullable String handler) {
        return jdbc.prepareStatement("select count(*) from investigation where closed_on is null"
                + " and (?::text is null or handler = ?)", ps -> {
            ps.setString(1, handler);
            ps.setString(2, handler);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<Investigation> forClient(UUID clientId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from investigation where client_id = ? "
                + "order by opened_on desc, id", ps -> {
            ps.setObject(1, clientId);
            return list(ps.executeQuery());
        });
    }

    private static List<Investigation> list(ResultSet rs) throws SQLException {
        try (rs) {
            List<Investigation> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(map(rs));
            }
            return rows;
        }
    }

    private static Investigation map(ResultSet rs) throws SQLException {
        Date closed = rs.getDate(7);
        String outcome = rs.getString(8);
        return new Investigation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                Law.valueOf(rs.getString(4)), rs.getString(5), rs.getDate(6).toLocalDate(),
                closed == null ? null : closed.toLocalDate(), outcome == null ? null : InvestigationOutcome.valueOf(outcome),
                rs.getTimestamp(9).toInstant());
    }
}
