package se.huset.housing.decision;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written: a client's decisions are paged by a keyset on (decision_date, id) with its own order. Joins the
 * caller's transaction, or runs in its own when a page reads decisions directly.
 */
@Singleton
@Transactional
public class DecisionRepository {

    private static final String COLUMNS =
            "id, client_id, owner_org, decided_by, decision_date, valid_from, valid_to, legal_basis, recorded_at, intervention,"
            + " enforced_on";

    private final JdbcOperations jdbc;

    public DecisionRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Once: casework's feed may deliver a decision again. */
    public void insertOnce(Decision d) {
        jdbc.prepareStatement("insert into decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do nothing", ps -> {
            ps.setObject(1, d.id());
            ps.setObject(2, d.clientId());
            ps.setString(3, d.ownerOrg().name());
            ps.setString(4, d.decidedBy());
            ps.setDate(5, Date.valueOf(d.decisionDate()));
            ps.setDate(6, Date.valueOf(d.validFrom()));
            ps.setDate(7, d.validTo() == null ? null : Date.valueOf(d.validTo()));
            ps.setString(8, d.legalBasis().name());
            ps.setTimestamp(9, Timestamp.from(d.recordedAt()));
            ps.setString(10, d.intervention() == null ? null : d.intervention().name());
            ps.setDate(11, d.enforcedOn() == null ? null : Date.valueOf(d.enforcedOn()));
            return ps.executeUpdate();
        });
    }

    /** Casework carried the decision out on {@code on}; a decision housing does not hold is not housing's. */
    public void enforced(UUID id, LocalDate on) {
        jdbc.prepareStatement("update decision set enforced_on = ? where id = ?", ps -> {
            ps.setDate(1, Date.valueOf(on));
            ps.setObject(2, id);
            return ps.executeUpdate();
        });
    }

    /** Every decision, oldest first: the demo history places clients on them (some thousands at county scale). */
    public List<Decision> all() {
        return query("select " + COLUMNS + " from decision order by decision_date, id");
    }

    public Optional<Decision> findById(UUID id) {
        return query("select " + COLUMNS + " from decision where id = ?", id).stream().findFirst();
    }

    /** One page of a client's decisions, newest first (index decision_client_newest). */
    public Page<Decision> forClient(UUID clientId, @Nullable Cursor after, int limit) {
        List<Object> params = new ArrayList<>(List.of(clientId));
        String keyset = "";
        if (after != null) {
            keyset = " and (decision_date, id) < (?, ?)";
            params.add(Date.valueOf(after.date(0)));
            params.add(after.uuid(1));
        }
        params.add(Page.fetchSize(limit));
        return Page.of(query("select " + COLUMNS + " from decision where client_id = ?" + keyset
                        + " order by decision_date desc, id desc limit ?", params.toArray()), limit,
                d -> Cursor.after(d.decisionDate(), d.id()));
    }

    /** Every decision of the client, newest first (index decision_client_newest): a client has a handful. */
    public List<Decision> forClient(UUID clientId) {
        return query("select " + COLUMNS + " from decision where client_id = ? order by decision_date desc, id desc",
                clientId);
    }

    private List<Decision> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Decision> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Decision(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                            Org.valueOf(rs.getString("owner_org")), rs.getString("decided_by"),
                            rs.getDate("decision_date").toLocalDate(), rs.getDate("valid_from").toLocalDate(),
                            rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
                            LegalBasis.valueOf(rs.getString("legal_basis")),
                            rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("intervention") == null ? null : Intervention.valueOf(rs.getString("intervention")),
                            rs.getDate("enforced_on") == null ? null : rs.getDate("enforced_on").toLocalDate()));
                }
            }
            return rows;
        });
    }
}
