package se.huset.intake.client;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.intake.identity.PersonalIdentity;
import se.huset.kit.list.Cursor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: inserts with ON CONFLICT DO NOTHING and searches by a keyset on (created_at, id). */
@Singleton
public class ClientRepository {

    private static final String COLUMNS =
            "id, identifier, identifier_kind, name, phone, birth_date, sex, owner_org, created_by, created_at";

    private final JdbcOperations jdbc;

    public ClientRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A client found or created, and whether this call created it. */
    public record Found(Client client, boolean created) {
    }

    /**
     * The client for this identity, created if new. Concurrent registrations of the same person meet at the
     * unique identifier: the loser of the race reads the winner's row.
     */
    public Found findOrCreate(PersonalIdentity identity, String name, String phone, Org owner, String createdBy,
                              Instant at) {
        int inserted = jdbc.prepareStatement("""
                insert into client (id, identifier, identifier_kind, name, phone, birth_date, sex, owner_org, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (identifier) do nothing""", ps -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, identity.normalized());
            ps.setString(3, identity.kind().name());
            ps.setString(4, name);
            ps.setString(5, phone);
            ps.setDate(6, identity.birthDate() == null ? null : Date.valueOf(identity.birthDate()));
            ps.setString(7, identity.sex() == null ? null : identity.sex().name());
            ps.setString(8, owner.name());
            ps.setString(9, createdBy);
            ps.setTimestamp(10, Timestamp.from(at));
            return ps.executeUpdate();
        });
        return new Found(findByIdentifier(identity.normalized()).orElseThrow(), inserted == 1);
    }

    public Optional<Client> findById(UUID id) {
        return one("select " + COLUMNS + " from client where id = ?", id);
    }

    public Optional<Client> findByIdentifier(String identifier) {
        return one("select " + COLUMNS + " from client where identifier = ?", identifier);
    }

    public List<Client> findByIds(List<UUID> ids) {
        return jdbc.prepareStatement("select " + COLUMNS + " from client where id = any(?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray()));
            return all(ps.executeQuery());
        });
    }

    /**
     * Clients matching the term, newest first, {@code fetch} rows after the cursor (created_at, id of the last row
     * examined): an identifier exactly; a name where it, or one of its words, starts with the prefix
     * (case-insensitive, {@code %}, {@code _} and {@code \} taken literally).
     */
    public List<Client> search(ClientSearchTerm term, Optional<Cursor> after, int fetch) {
        String keyset = after.isPresent() ? " and (created_at, id) < (?, ?)" : "";
        String match = term.identifier() ? "identifier = ?"
                : "(lower(name) like ? escape '\\' or lower(name) like ? escape '\\' or lower(name) like ? escape '\\')";
        return jdbc.prepareStatement("select " + COLUMNS + " from client where " + match + keyset
                + " order by created_at desc, id desc limit ?", ps -> {
            int i = 1;
            if (term.identifier()) {
                ps.setString(i++, term.value());
            } else {
                String prefix = likeLiteral(term.value());
                ps.setString(i++, prefix + "%");
                ps.setString(i++, "% " + prefix + "%");
                ps.setString(i++, "%-" + prefix + "%");
            }
            if (after.isPresent()) {
                ps.setTimestamp(i++, Timestamp.from(after.get().instant(0)));
                ps.setObject(i++, after.get().uuid(1));
            }
            ps.setInt(i, fetch);
            return all(ps.executeQuery());
        });
    }

    public static Cursor cursorOf(Client client) {
        return Cursor.after(client.createdAt(), client.id());
    }

    private Optional<Client> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            List<Client> rows = all(ps.executeQuery());
            return rows.isEmpty() ? Optional.<Client>empty() : Optional.of(rows.get(0));
        });
    }

    private static List<Client> all(ResultSet rs) throws SQLException {
        List<Client> rows = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                Date birth = rs.getDate("birth_date");
                rows.add(new Client(rs.getObject("id", UUID.class), rs.getString("identifier"),
                        rs.getString("identifier_kind"), rs.getString("name"), rs.getString("phone"),
                        birth == null ? null : birth.toLocalDate(), rs.getString("sex"),
                        Org.valueOf(rs.getString("owner_org")), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()));
            }
        }
        return rows;
    }

    /** Text for a LIKE pattern, matched literally: {@code %}, {@code _} and the escape itself lose their meaning. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
