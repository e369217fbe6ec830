package se.huset.intake.consent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@Singleton
public class ConsentRepository {

    private static final String COLUMNS = """
            id, client_id, recipient_orgs, categories, purpose, form, valid_until, granted_by, granted_org, granted_at,
            revoked_at, revoked_by, revoke_reason, revoked_org, revoke_requested_by""";

    private final JdbcOperations jdbc;

    public ConsentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConsentView c) {
        jdbc.prepareStatement("""
                insert into consent (id, client_id, recipient_orgs, categories, purpose, form, valid_until, granted_by,
                                     granted_org, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, c.id());
            ps.setObject(2, c.clientId());
            ps.setArray(3, ps.getConnection().createArrayOf("text", c.recipientOrgs().stream().map(Enum::name).toArray()));
            ps.setArray(4, ps.getConnection().createArrayOf("text", c.categories().stream().map(Enum::name).toArray()));
            ps.setString(5, c.purpose().name());
            ps.setString(6, c.form().name());
            ps.setDate(7, Date.valueOf(c.validUntil()));
            ps.setString(8, c.grantedBy());
            ps.setString(9, c.grantedOrg() == null ? null : c.grantedOrg().name());
            ps.setTimestamp(10, Timestamp.from(c.grantedAt()));
            return ps.executeUpdate();
        });
    }

    /** Marks the consent revoked; answers false when it already was (first revocation wins). */
    public boolean revoke(UUID id, String by, Org byOrg, RevocationRequester requestedBy, String reason, Instant at) {
        return jdbc.prepareStatement("""
                update consent set revoked_at = ?, revoked_by = ?, revoked_org = ?, revoke_requested_by = ?,
                                   revoke_reason = ?
                where id = ? and revoked_at is null""", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, by);
            ps.setString(3, byOrg.name());
            ps.setString(4, requestedBy.name());
            ps.setString(5, reason);
            ps.setObject(6, id);
            return ps.executeUpdate() == 1;
        });
    }

    public Optional<ConsentView> findById(UUID id, LocalDate today) {
        return query("select " + COLUMNS + " from consent where id = ?", id, today).stream().findFirst();
    }

    public List<ConsentView> forClient(UUID clientId, LocalDate today) {
        return query("select " + COLUMNS + " from consent where client_id = ? order by granted_at desc", clientId, today);
    }

    private List<ConsentView> query(String sql, UUID key, LocalDate today) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            List<ConsentView> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs, today));
                }
            }
            return rows;
        });
    }

    private static ConsentView map(ResultSet rs, LocalDate today) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        LocalDate validUntil = rs.getDate("valid_until").toLocalDate();
        String grantedOrg = rs.getString("granted_org");
        String revokedOrg = rs.getString("revoked_org");
        String requestedBy = rs.getString("revoke_requested_by");
        return new ConsentView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                enums(rs.getArray("recipient_orgs"), Org::valueOf),
                enums(rs.getArray("categories"), DataCategory::valueOf),
                ConsentPurpose.valueOf(rs.getString("purpose")), ConsentForm.valueOf(rs.getString("form")), validUntil,
                rs.getString("granted_by"), grantedOrg == null ? null : Org.valueOf(grantedOrg),
                rs.getTimestamp("granted_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_by"), rs.getString("revoke_reason"),
                ConsentView.statusOf(revoked == null ? null : revoked.toInstant(), validUntil, today),
                revokedOrg == null ? null : Org.valueOf(revokedOrg),
                requestedBy == null ? null : RevocationRequester.valueOf(requestedBy));
    }

    private static <E> List<E> enums(Array array, Function<String, E> parse) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }
}
