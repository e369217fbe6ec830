package se.huset.intake.contact;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@Singleton
public class ContactRepository {

    private static final String COLUMNS = """
            id, client_id, channel, kind, referrer, substances, reason, owner_org, registered_by, registered_at, status,
            urgency, pathway, responsible_orgs, risk_flags, audit_score, dudit_score, triage_note, triaged_by, triaged_at""";

    /** The triage queue's order: most urgent first (unassessed after PLANNED), then longest waiting. */
    static final String QUEUE_ORDER = """
            case urgency when 'ACUTE' then 0 when 'SOON' then 1 when 'PLANNED' then 2 else 3 end, registered_at""";

    private final JdbcOperations jdbc;

    public ContactRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Contact c) {
        jdbc.prepareStatement("""
                insert into contact (id, client_id, channel, kind, referrer, substances, reason, owner_org, registered_by,
                                     registered_at, status, urgency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, c.id());
            ps.setObject(2, c.clientId());
            ps.setString(3, c.channel().name());
            ps.setString(4, c.kind().name());
            ps.setString(5, c.referrer().name());
            ps.setArray(6, texts(ps.getConnection(), c.substances()));
            ps.setString(7, c.reason());
            ps.setString(8, c.ownerOrg().name());
            ps.setString(9, c.registeredBy());
            ps.setTimestamp(10, Timestamp.from(c.registeredAt()));
            ps.setString(11, c.status().name());
            ps.setString(12, c.urgency() == null ? null : c.urgency().name());
            return ps.executeUpdate();
        });
    }

    /** Records a triage; answers false when the contact was triaged meanwhile (first triage wins). */
    public boolean triage(UUID id, Urgency urgency, Pathway pathway, List<Org> responsible, List<RiskFlag> flags,
                          Integer audit, Integer dudit, String note, String by, Instant at) {
        return jdbc.prepareStatement("""
                update contact set status = 'TRIAGED', urgency = ?, pathway = ?, responsible_orgs = ?, risk_flags = ?,
                       audit_score = ?, dudit_score = ?, triage_note = ?, triaged_by = ?, triaged_at = ?
                where id = ? and status = 'NEW'""", ps -> {
            ps.setString(1, urgency.name());
            ps.setString(2, pathway.name());
            ps.setArray(3, texts(ps.getConnection(), responsible));
            ps.setArray(4, texts(ps.getConnection(), flags));
            ps.setObject(5, audit);
            ps.setObject(6, dudit);
            ps.setString(7, note);
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(at));
            ps.setObject(10, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Sets the client of an anonymous contact; answers false when it already had one. */
    public boolean link(UUID id, UUID clientId) {
        return jdbc.prepareStatement("update contact set client_id = ? where id = ? and client_id is null", ps -> {
            ps.setObject(1, clientId);
            ps.setObject(2, id);
            return ps.executeUpdate() == 1;
        });
    }

    public Optional<Contact> findById(UUID id) {
        List<Contact> rows = query("select " + COLUMNS + " from contact where id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    public List<Contact> byStatus(Contact.Status status, int limit) {
        return query("select " + COLUMNS + " from contact where status = ? order by " + QUEUE_ORDER + " limit ?",
                List.of(status.name(), limit));
    }

    public List<Contact> recent(int limit) {
        return query("select " + COLUMNS + " from contact order by registered_at desc limit ?", List.of(limit));
    }

    public List<Contact> forClient(UUID clientId) {
        return query("select " + COLUMNS + " from contact where client_id = ? order by registered_at desc",
                List.of(clientId));
    }

    private List<Contact> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Contact> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        });
    }

    private static Contact map(ResultSet rs) throws SQLException {
        Timestamp triaged = rs.getTimestamp("triaged_at");
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), ContactKind.valueOf(rs.getString("kind")),
                Referrer.valueOf(rs.getString("referrer")), enums(rs.getArray("substances"), Substance::valueOf),
                rs.getString("reason"), Org.valueOf(rs.getString("owner_org")), rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(), Contact.Status.valueOf(rs.getString("status")),
                nullable(rs.getString("urgency"), Urgency::valueOf), nullable(rs.getString("pathway"), Pathway::valueOf),
                enums(rs.getArray("responsible_orgs"), Org::valueOf), enums(rs.getArray("risk_flags"), RiskFlag::valueOf),
                (Integer) rs.getObject("audit_score"), (Integer) rs.getObject("dudit_score"),
                rs.getString("triage_note"), rs.getString("triaged_by"), triaged == null ? null : triaged.toInstant());
    }

    static Array texts(Connection conn, Collection<? extends Enum<?>> values) throws SQLException {
        return conn.createArrayOf("text", values.stream().map(Enum::name).toArray());
    }

    private static <E> List<E> enums(Array array, Function<String, E> parse) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }

    private static <E> E nullable(String value, Function<String, E> parse) {
        return value == null ? null : parse.apply(value);
    }
}
