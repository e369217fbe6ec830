package se.huset.kit.consent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who inside the owning body has a reason to read a client's records (need-to-know, inre sekretess: PDL 4 kap 1 §
 * limits access to staff who take part in the patient's care or otherwise need the data for their work; OSL 26 kap
 * 1 § holds social services' secrecy inside the authority the same way). A party is one user, or one unit, whose
 * clinicians (THERAPIST, SOCIAL_WORKER, HOUSING_STAFF) share its clients; reception counts only as itself.
 * Intake's relationships (contact units, assignments, care teams) arrive on its feed; each service adds those of
 * the staff its records name (a group's facilitators for its enrolments in programs, a placement's coordinator in
 * housing; an appointment's participants, from booking's feed, in followup, where they record the visit's
 * follow-ups). Writing a record never
 * starts one: {@link ConsentGuard#wrote} needs the access a read would.
 */
@Singleton
public class CareRelationships {

    /** Roles whose unit's relationships count as their own: reception works the queue, not the unit's clients. */
    private static final List<String> UNIT_CLINICIANS = List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER,
            Roles.HOUSING_STAFF);

    /**
     * The ref of a client's named coordinator in a body (vård- och stödsamordnare, case manager), which intake's care
     * team assigns and ends and every service holds from its feed.
     */
    public static final String COORDINATOR_REF = "team:COORDINATOR";

    private final JdbcOperations jdbc;

    public CareRelationships(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    public record Relationship(UUID clientId, String party, String basis, String ref, String ownerOrg,
                               Instant startedAt) {
    }

    public static String userParty(String username) {
        return "user:" + username;
    }

    public static String unitParty(String unit) {
        return "unit:" + unit;
    }

    /** The parties a reader acts as: always themselves, and their unit when they are one of its clinicians. */
    public static Set<String> partiesOf(Staff reader) {
        Set<String> parties = new HashSet<>();
        parties.add(userParty(reader.username()));
        if (reader.unit() != null && reader.hasAny(UNIT_CLINICIANS)) {
            parties.add(unitParty(reader.unit()));
        }
        return parties;
    }

    @Transactional
    public void apply(CareRelationshipChanged change) {
        if (change.active()) {
            start(change.clientId(), change.party(), change.basis(), change.ref(), change.ownerOrg(), change.at());
        } else {
            end(change.clientId(), change.party(), change.ref(), change.at());
        }
    }

    @Transactional
    public void start(UUID clientId, String party, String basis, String ref, String ownerOrg, Instant at) {
        jdbc.prepareStatement("""
                insert into kit_care_relationship (client_id, party, ref, basis, owner_org, started_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (client_id, party, ref) do update set ended_at = null, basis = excluded.basis
                where kit_care_relationship.ended_at is not null""", ps -> {
            ps.setObject(1, clientId);
            ps.setString(2, party);
            ps.setString(3, ref);
            ps.setString(4, basis);
            ps.setString(5, ownerOrg);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void end(UUID clientId, String party, String ref, Instant at) {
        jdbc.prepareStatement("""
                update kit_care_relationship set ended_at = ?
                where client_id = ? and party = ? and ref = ? and ended_at is null""", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, clientId);
            ps.setString(3, party);
            ps.setString(4, ref);
            return ps.executeUpdate();
        });
    }

    /** Ends every party's relationship that one record started (a cancelled appointment's participants). */
    @Transactional
    public void endAll(UUID clientId, String ref, Instant at) {
        jdbc.prepareStatement("""
                update kit_care_relationship set ended_at = ?
                where client_id = ? and ref = ? and ended_at is null""", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, clientId);
            ps.setString(3, ref);
            return ps.executeUpdate();
        });
    }

    /** Of the given clients, those the reader has a live care relationship with. */
    @Transactional(readOnly = true)
    public Set<UUID> relatedTo(Staff reader, Collection<UUID> clientIds) {
        if (clientIds.isEmpty() || reader.username() == null) {
            return Set.of();
        }
        return jdbc.prepareStatement("""
                select distinct client_id from kit_care_relationship
                where client_id = any(?) and party = any(?) and ended_at is null""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", clientIds.toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("text", partiesOf(reader).toArray()));
            Set<UUID> related = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    related.add(rs.getObject(1, UUID.class));
                }
            }
            return related;
        });
    }

    /**
     * The named coordinators in {@code body} of the given clients, for a worklist to show beside each client:
     * the party ({@code user:…} or {@code unit:…}) of each client that has one (the longest-standing if several).
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> coordinators(Collection<UUID> clientIds, Org body) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select distinct on (client_id) client_id, party from kit_care_relationship
                where client_id = any(?) and ref = ? and owner_org = ? and ended_at is null
                order by client_id, started_at, party""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", clientIds.toArray()));
            ps.setString(2, COORDINATOR_REF);
            ps.setString(3, body.name());
            Map<UUID, String> named = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    named.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            return named;
        });
    }

    /** A client's live relationships, oldest first. */
    @Transactional(readOnly = true)
    public List<Relationship> forClient(UUID clientId) {
        return jdbc.prepareStatement("""
                select client_id, party, basis, ref, owner_org, started_at from kit_care_relationship
                where client_id = ? and ended_at is null order by started_at, party, ref""", ps -> {
            ps.setObject(1, clientId);
            List<Relationship> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Relationship(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
            return list;
        });
    }
}
