package se.huset.casework.actualisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: keyset pages over the open queue and an assessment that only the first of two colleagues makes. */
@Singleton
public class ActualisationRepository {

    private static final String COLUMNS = """
            id, contact_id, client_id, source, reporter, received_at, assessed_at, assessed_by, opened, reason""";

    private final JdbcOperations jdbc;

    public ActualisationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One actualisation per contact: intake's feed may deliver a contact's events again. */
    public boolean insertOnce(Actualisation a) {
        return jdbc.prepareStatement("insert into actualisation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, null, null, "
                + "null, null) on conflict (contact_id) do nothing", ps -> {
            ps.setObject(1, a.id());
            ps.setObject(2, a.contactId());
            ps.setObject(3, a.clientId());
            ps.setString(4, a.source().name());
            ps.setString(5, a.reporter());
            ps.setTimestamp(6, Timestamp.from(a.receivedAt()));
            return ps.executeUpdate() == 1;
        });
    }

    public void linkClient(UUID contactId, UUID clientId) {
        jdbc.prepareStatement("update actualisation set client_id = ? where contact_id = ?", ps -> {
            ps.setObject(1, clientId);
            ps.setObject(2, contactId);
            return ps.executeUpdate();
        });
    }

    public Optional<Actualisation> findById(UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from actualisation where id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        });
    }

    /** The förhandsbedömning; false when a colleague made it first. */
    public boolean assess(UUID id, String by, Instant at, boolean opened, @Nullable String reason) {
        return jdbc.prepareStatement("""
                update actualisation set assessed_at = ?, assessed_by = ?, opened = ?, reason = ?
                where id = ? and assessed_at is null""", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, by);
            ps.setBoolean(3, opened);
            ps.setString(4, reason);
            ps.setObject(5, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Whether any matter has had its förhandsbedömning: the queue has been worked. */
    public boolean anyAssessed() {
        return jdbc.prepareStatement("select exists (select 1 from actualisation where assessed_at is not null)", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The queue, oldest first (every matter waits its turn and the oldest has waited longest), by source or all. */
    public Page<Actualisation> waiting(@Nullable ActualisationSource source, @Nullable Cursor after, int limit) {
        return jdbc.prepareStatement("select " + COLUMNS + " from actualisation where assessed_at is null"
                + " and (?::text is null or source = ?) and (?::timestamptz is null or (received_at, id) > (?, ?))"
                + " order by received_at, id limit ?", ps -> {
            String s = source == null ? null : source.name();
            ps.setString(1, s);
            ps.setString(2, s);
            Timestamp at = after == null ? null : Timestamp.from(after.instant(0));
            ps.setTimestamp(3, at);
            ps.setTimestamp(4, at);
            ps.setObject(5, after == null ? null : after.uuid(1));
            ps.setInt(6, Page.fetchSize(limit));
            return Page.of(list(ps.executeQuery()), limit, a -> Cursor.after(a.receivedAt(), a.id()));
        });
    }

    /** How many matters wait, per source: the queue's size, whatever page is shown. */
    public Map<ActualisationSource, Long> waitingBySource() {
        return jdbc.prepareStatement("select source, count(*) from actualisation where assessed_at is null group by source",
                ps -> {
                    Map<ActualisationSource, Long> counts = new EnumMap<>(ActualisationSource.class);
                    for (ActualisationSource s : ActualisationSource.values()) {
                        counts.put(s, 0L);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(ActualisationSource.valueOf(rs.getString(1)), rs.getLong(2));
                        }
                    }
                    return counts;
                });
    }

    public List<Actualisation> forClient(UUID clientId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from actualisation where client_id = ? "
                + "order by received_at desc, id", ps -> {
            ps.setObject(1, clientId);
            return list(ps.executeQuery());
        });
    }

    private static List<Actualisation> list(ResultSet rs) throws SQLException {
        try (rs) {
            List<Actualisation> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(map(rs));
            }
            return rows;
        }
    }

    private static Actualisation map(ResultSet rs) throws SQLException {
        Timestamp assessed = rs.getTimestamp(7);
        return new Actualisation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                ActualisationSource.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                assessed == null ? null : assessed.toInstant(), rs.getString(8),
                (Boolean) rs.getObject(9), rs.getString(10));
    }
}
