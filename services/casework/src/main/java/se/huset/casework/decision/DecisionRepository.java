package se.huset.casework.decision;

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

/** Hand-written: keyset pages of decisions awaiting enforcement, and enforcements and appeals only the first makes. */
@Singleton
public class DecisionRepository {

    private static final String COLUMNS = """
            id, investigation_id, client_id, intervention, granted, legal_basis, decided_on, valid_from, valid_to,
            decided_by, appealed_on, enforced_on, recorded_at""";

    private final JdbcOperations jdbc;

    public DecisionRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Decision d) {
        jdbc.prepareStatement("insert into decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?)",
                ps -> {
                    ps.setObject(1, d.id());
                    ps.setObject(2, d.investigationId());
                    ps.setObject(3, d.clientId());
                    ps.setString(4, d.intervention().name());
                    ps.setBoolean(5, d.granted());
                    ps.setString(6, d.legalBasis().name());
                    ps.setDate(7, Date.valueOf(d.decidedOn()));
                    ps.setDate(8, d.validFrom() == null ? null : Date.valueOf(d.validFrom()));
                    ps.setDate(9, d.validTo() == null ? null : Date.valueOf(d.validTo()));
                    ps.setString(10, d.decidedBy());
                    ps.setTimestamp(11, Timestamp.from(d.recordedAt()));
                    return ps.executeUpdate();
                });
    }

    public Optional<Decision> findById(UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from decision where id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        });
    }

    /** False when it was enforced already (or was refused, which the table's check rejects first). */
    public boolean enforce(UUID id, LocalDate on) {
        return jdbc.prepareStatement("update decision set enforced_on = ? where id = ? and granted and enforced_on is null",
                ps -> {
                    ps.setDate(1, Date.valueOf(on));
                    ps.setObject(2, id);
                    return ps.executeUpdate() == 1;
                });
    }

    /** False when an appeal was noted already. */
    public boolean appeal(UUID id, LocalDate on) {
        return jdbc.prepareStatement("update decision set appealed_on = ? where id = ? and appealed_on is null", ps -> {
            ps.setDate(1, Date.valueOf(on));
            ps.setObject(2, id);
            return ps.executeUpdate() == 1;
        });
    }

    /**
     * Granted decisions not yet enforced, the oldest first: the first ones are closest to (or past) the three months
     * after which they must be reported. {@code decidedBefore} keeps only those decided before that day.
     */
    public Page<Decision> toEnforce(@Nullable Intervention intervention, @Nullable LocalDate decidedBefore,
                                    @Nullable Cursor after, int limit) {
        return jdbc.prepareStatement("select " + COLUMNS + " from decision where granted and enforced_on is null"
                + " and (?::text is null or intervention = ?) and (?::date is null or decided_on < ?)"
                + " and (?::date is null or (decided_on, id) > (?, ?)) order by decided_on, id limit ?", ps -> {
            String kind = intervention == null ? null : intervention.name();
            ps.setString(1, kind);
            ps.setString(2, kind);
            Date before = decidedBefore == null ? null : Date.valueOf(decidedBefore);
            ps.setDate(3, before);
            ps.setDate(4, before);
            Date from = after == null ? null : Date.valueOf(after.date(0));
            ps.setDate(5, from);
            ps.setDate(6, from);
            ps.setObject(7, after == null ? null : after.uuid(1));
            ps.setInt(8, Page.fetchSize(limit));
            return Page.of(list(ps.executeQuery()), limit, d -> Cursor.after(d.decidedOn(), d.id()));
        });
    }

    public List<Decision> forClient(UUID clientId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from decision where client_id = ? "
                + "order by decided_on desc, id", ps -> {
            ps.setObject(1, clientId);
            return list(ps.executeQuery());
        });
    }

    private static List<Decision> list(ResultSet rs) throws SQLException {
        try (rs) {
            List<Decision> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(map(rs));
            }
            return rows;
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Decision map(ResultSet rs) throws SQLException {
        return new Decision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                Intervention.valueOf(rs.getString(4)), rs.getBoolean(5), LegalBasis.valueOf(rs.getString(6)),
                date(rs, 7), date(rs, 8), date(rs, 9), rs.getString(10), date(rs, 11), date(rs, 12),
                rs.getTimestamp(13).toInstant());
    }
}
