package se.huset.kit.consent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.ConsentRevoked;
import se.huset.contracts.security.Org;
import se.huset.kit.security.Staff;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * This service's copy of consent state and emergency openings. Applying the same event twice leaves the same
 * state, so replays after a crash are harmless.
 */
@Singleton
public class ConsentStore {

    private final JdbcOperations jdbc;

    public ConsentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(ConsentGranted granted) {
        jdbc.prepareStatement("""
                insert into kit_consent (consent_id, client_id, recipient_orgs, categories, purpose, valid_until, granted_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (consent_id) do nothing""", ps -> {
            ps.setObject(1, granted.consentId());
            ps.setObject(2, granted.clientId());
            ps.setArray(3, ps.getConnection().createArrayOf("text", granted.recipientOrgs().toArray()));
            ps.setArray(4, ps.getConnection().createArrayOf("text", granted.categories().toArray()));
            ps.setString(5, granted.purpose());
            ps.setDate(6, Date.valueOf(granted.validUntil()));
            ps.setTimestamp(7, Timestamp.from(granted.grantedAt()));
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void apply(ConsentRevoked revoked) {
        jdbc.prepareStatement("update kit_consent set revoked_at = coalesce(revoked_at, ?) where consent_id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(revoked.revokedAt()));
            ps.setObject(2, revoked.consentId());
            return ps.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    public List<ConsentGrant> forClients(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                select consent_id, client_id, recipient_orgs, categories, purpose, valid_until, revoked_at
                from kit_consent where client_id = any(?)""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", clientIds.toArray()));
            List<ConsentGrant> grants = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grants.add(grant(rs));
                }
            }
            return grants;
        });
    }

    @Transactional(readOnly = true)
    public List<EmergencyOpening> openingsFor(String username, Collection<UUID> clientIds, Instant now) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                select id, client_id, username, reason, expires_at from kit_emergency_access
                where username = ? and client_id = any(?) and expires_at > ?""", ps -> {
            ps.setString(1, username);
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", clientIds.toArray()));
            ps.setTimestamp(3, Timestamp.from(now));
            List<EmergencyOpening> openings = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    openings.add(new EmergencyOpening(rs.getLong("id"), rs.getObject("client_id", UUID.class),
                            rs.getString("username"), rs.getString("reason"),
                            rs.getTimestamp("expires_at").toInstant()));
                }
            }
            return openings;
        });
    }

    /** The user's live opening of the client, if any; the caller holds {@link #lockOpenings} so none races it. */
    @Transactional(readOnly = true)
    public Optional<EmergencyOpening> liveOpening(String username, UUID clientId, Instant now) {
        return openingsFor(username, List.of(clientId), now).stream().findFirst();
    }

    /** Serialises the openings of one user for one client until the transaction ends: no two live at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockOpenings(String username, UUID clientId) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext(?), hashtext(?))", ps -> {
            ps.setString(1, username);
            ps.setString(2, clientId.toString());
            return ps.execute();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public EmergencyAccess.Opened openEmergency(Staff opener, UUID clientId, EmergencySituation situation,
                                                String explanation, Org notified, Duration length) {
        return jdbc.prepareStatement("""
                insert into kit_emergency_access (client_id, username, reason, situation, opener_org, notified_org, expires_at)
                values (?, ?, ?, ?, ?, ?, now() + ?::interval) returning id, opened_at, expires_at""", ps -> {
            ps.setObject(1, clientId);
            ps.setString(2, opener.username());
            ps.setString(3, explanation);
            ps.setString(4, situation.name());
            ps.setString(5, opener.org().name());
            ps.setString(6, notified.name());
            ps.setString(7, length.toSeconds() + " seconds");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new EmergencyAccess.Opened(rs.getLong("id"), clientId, opener.username(), opener.org(), situation,
                        situation.law(), explanation, notified, rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant());
            }
        });
    }

    private static ConsentGrant grant(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ConsentGrant(rs.getObject("consent_id", UUID.class), rs.getObject("client_id", UUID.class),
                texts(rs.getArray("recipient_orgs")).stream().map(Org::valueOf).collect(Collectors.toSet()),
                texts(rs.getArray("categories")).stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
                ConsentPurpose.valueOf(rs.getString("purpose")), rs.getDate("valid_until").toLocalDate(),
                revoked == null ? null : revoked.toInstant());
    }

    private static Set<String> texts(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
