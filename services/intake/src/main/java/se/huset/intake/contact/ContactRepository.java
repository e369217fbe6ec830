package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
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
import se.huset.kit.list.Cursor;

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

/** Hand-written: the worklist is filtered and keyset-paged in SQL built per filter; transitions are conditional. */
@Singleton
public class ContactRepository {

    private static final String COLUMNS = """
            id, client_id, channel, kind, referrer, substances, reason, owner_org, registered_by, registered_at, status,
            urgency, pathway, responsible_orgs, risk_flags, audit_score, dudit_score, triage_note, triaged_by, triaged_at,
            assigned_to, assigned_at, closed_reason, closed_note, closed_by, closed_at""";

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

    /** Whether the body holds a contact about the client: its reception then routes the client to its staff. */
    public boolean anyOwnedBy(UUID clientId, Org body) {
        return jdbc.prepareStatement("select 1 from contact where client_id = ? and owner_org = ? limit 1", ps -> {
            ps.setObject(1, clientId);
            ps.setString(2, body.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    public Optional<Contact> findById(UUID id) {
        List<Contact> rows = query("select " + COLUMNS + " from contact where id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    /**
     * One page of contacts matching the filter, {@code fetch} rows at most, after the cursor. The waiting queue
     * ({@code status=NEW}) is in the board's order, most urgent first and then longest waiting (the index
     * contact_open_queue); every other list newest first. The cursor holds the sort keys of the last row shown.
     */
    public List<Contact> page(ContactFilter filter, Optional<Cursor> after, int fetch) {
        Where where = where(filter);
        boolean queue = filter.queueOrder();
        after.ifPresent(cursor -> {
            if (queue) {
                where.and("(urgency_rank(urgency), registered_at, id) > (?, ?, ?)",
                        (int) cursor.number(0), Timestamp.from(cursor.instant(1)), cursor.uuid(2));
            } else {
                where.and("(registered_at, id) < (?, ?)", Timestamp.from(cursor.instant(0)), cursor.uuid(1));
            }
        });
        String order = queue ? "urgency_rank(urgency), registered_at, id" : "registered_at desc, id desc";
        List<Object> params = new ArrayList<>(where.params);
        params.add(fetch);
        return query("select " + COLUMNS + " from contact" + where.sql() + " order by " + order + " limit ?", params);
    }

    /** How many contacts match the filter in all (the board's open count). */
    public long count(ContactFilter filter) {
        Where where = where(filter);
        return jdbc.prepareStatement("select count(*) from contact" + where.sql(), ps -> {
            for (int i = 0; i < where.params.size(); i++) {
                ps.setObject(i + 1, where.params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The cursor after a contact in the order its list is sorted by. */
    public static Cursor cursorOf(ContactFilter filter, Contact c) {
        return filter.queueOrder() ? Cursor.after(urgencyRank(c.urgency()), c.registeredAt(), c.id())
                : Cursor.after(c.registeredAt(), c.id());
    }

    /** Number of keys in the cursors of a list with this filter. */
    public static int cursorKeys(ContactFilter filter) {
        return filter.queueOrder() ? 3 : 2;
    }

    /** The same ranking as the SQL function urgency_rank: unassessed after PLANNED. */
    static int urgencyRank(@Nullable Urgency urgency) {
        if (urgency == null) {
            return 3;
        }
        return switch (urgency) {
            case ACUTE -> 0;
            case SOON -> 1;
            case PLANNED -> 2;
        };
    }

    private static Where where(ContactFilter f) {
        Where w = new Where();
        if (f.status() != null) {
            w.and("status = ?", f.status().name());
        }
        if (f.urgency() != null) {
            w.and("urgency = ?", f.urgency().name());
        }
        if (f.channel() != null) {
            w.and("channel = ?", f.channel().name());
        }
        if (f.kind() != null) {
            w.and("kind = ?", f.kind().name());
        }
        if (f.owner() != null) {
            w.and("owner_org = ?", f.owner().name());
        }
        if (f.registeredFrom() != null) {
            w.and("registered_at >= ?", Timestamp.from(f.registeredFrom()));
        }
        if (f.registeredBefore() != null) {
            w.and("registered_at < ?", Timestamp.from(f.registeredBefore()));
        }
        if (f.assignedTo() != null) {
            w.and("assigned_to = ?", f.assignedTo());
        }
        if (f.client() != null) {
            w.and("client_id = ?", f.client());
        }
        return w;
    }

    /** A where clause built from the filters that are set, with its parameters in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    /** Gives a waiting contact to a colleague (or takes it back to nobody); false when it is no longer waiting. */
    public boolean assign(UUID id, @Nullable String assignee, Instant at) {
        return jdbc.prepareStatement("""
                update contact set assigned_to = ?, assigned_at = ? where id = ? and status = 'NEW'""", ps -> {
            ps.setString(1, assignee);
            ps.setTimestamp(2, assignee == null ? null : Timestamp.from(at));
            ps.setObject(3, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Closes a waiting contact without triage; false when it was triaged or closed meanwhile (first one wins). */
    public boolean close(UUID id, CloseReason reason, @Nullable String note, String by, Instant at) {
        return jdbc.prepareStatement("""
                update contact set status = 'CLOSED', closed_reason = ?, closed_note = ?, closed_by = ?, closed_at = ?
                where id = ? and status = 'NEW'""", ps -> {
            ps.setString(1, reason.name());
            ps.setString(2, note);
            ps.setString(3, by);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setObject(5, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** A client's contacts registered since {@code from}, newest first. */
    public List<Contact> forClientSince(UUID clientId, Instant from) {
        return query("select " + COLUMNS + " from contact where client_id = ? and registered_at > ? order by registered_at desc",
                List.of(clientId, Timestamp.from(from)));
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
        Timestamp assigned = rs.getTimestamp("assigned_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), ContactKind.valueOf(rs.getString("kind")),
                Referrer.valueOf(rs.getString("referrer")), enums(rs.getArray("substances"), Substance::valueOf),
                rs.getString("reason"), Org.valueOf(rs.getString("owner_org")), rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(), Contact.Status.valueOf(rs.getString("status")),
                nullable(rs.getString("urgency"), Urgency::valueOf), nullable(rs.getString("pathway"), Pathway::valueOf),
                enums(rs.getArray("responsible_orgs"), Org::valueOf), enums(rs.getArray("risk_flags"), RiskFlag::valueOf),
                (Integer) rs.getObject("audit_score"), (Integer) rs.getObject("dudit_score"),
                rs.getString("triage_note"), rs.getString("triaged_by"), triaged == null ? null : triaged.toInstant(),
                rs.getString("assigned_to"), assigned == null ? null : assigned.toInstant(),
                nullable(rs.getString("closed_reason"), CloseReason::valueOf), rs.getString("closed_note"),
                rs.getString("closed_by"), closed == null ? null : closed.toInstant());
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
