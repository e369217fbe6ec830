package se.huset.intake.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.ConsentRevoked;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ContactRegistered;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.intake.client.Client;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.contact.Contact;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.events.Outbox;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Loads {@link DemoPopulation} of the configured {@link DemoScale} into intake's tables in one transaction:
 * clients, contacts, consents and care relationships by JDBC batch, the consent rule's replica through {@link ConsentStore}, every
 * event the history would have produced through the {@link Outbox}, in time order, so other services replay the
 * same history from the feed, and the audit rows of the history's reads ({@link DemoAccessHistory}).
 * Run only by {@code java -jar intake.jar demo-data [--scale county]}; a second run of the same scale does nothing,
 * and a run of the other scale stops: the scales live in databases of their own.
 */
@Singleton
public class IntakeDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeDemoData.class);
    /** Serialises concurrent loads: the second waits, then sees the data and stops. */
    private static final long LOAD_LOCK = 0x4855_5345_5444L;
    private static final int BATCH = 500;
    private static final int EVENT_CHUNK = 10_000;

    /** Each body's demo units, the one whose reception takes the contacts first (the demo accounts' units). */
    private static final Map<Org, List<String>> DEMO_UNITS = Map.of(
            Org.REGION, List.of("Beroendeenheten"),
            Org.KOMMUN, List.of("Team Vuxen", "Nexus", "Skogsgläntan"));
    private static final int AUDIT_CHUNK = 20_000;

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final ConsentStore consentStore;
    private final AuditLog auditLog;
    private final DemoScale scale;
    private final Clock clock;

    public IntakeDemoData(JdbcOperations jdbc, Outbox outbox, ConsentStore consentStore, AuditLog auditLog,
                          DemoScale scale, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.consentStore = consentStore;
        this.auditLog = auditLog;
        this.scale = scale;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void loadOnce() {
        Instant now = clock.instant();
        DemoPopulation.DemoSet set = DemoPopulation.generate(scale, now);
        List<CareRelationshipChanged> careTeams = careTeams(set);
        long started = System.nanoTime();
        boolean loaded = jdbc.execute(conn -> {
            try (PreparedStatement lock = conn.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOAD_LOCK);
                lock.execute();
            }
            if (alreadyThere(conn, set)) {
                return true;
            }
            insertClients(conn, set.clients());
            insertContacts(conn, set.contacts());
            insertConsents(conn, set.consents());
            insertColleagues(conn, now);
            insertCareTeams(conn, careTeams);
            return false;
        });
        if (loaded) {
            LOG.info("Intake demo data of the {} scale is already loaded; nothing to do", scale);
            return;
        }
        LOG.info("Intake demo data: {} clients, {} contacts, {} consents inserted after {} ms", set.clients().size(),
                set.contacts().size(), set.consents().size(), millisSince(started));
        set.consents().forEach(c -> {
            consentStore.apply(granted(c));
            if (c.revokedAt() != null) {
                consentStore.apply(new ConsentRevoked(c.id(), c.clientId(), c.revokedAt()));
            }
        });
        LOG.info("Intake demo data: consent replica applied after {} ms", millisSince(started));
        int events = publishHistory(set, careTeams);
        LOG.info("Intake demo data: {} events published after {} ms", events, millisSince(started));
        int[] audited = {0};
        DemoAccessHistory.generate(set, now, AUDIT_CHUNK, chunk -> {
            auditLog.appendHistory(chunk);
            audited[0] += chunk.size();
        });
        LOG.info("Intake demo data of the {} scale loaded, with {} audit rows of its reads, in {} ms", scale,
                audited[0], millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Whether this scale's data is there. Both scales begin with the same first person and end with a last person
     * of their own: the first without this scale's last is the other scale's data, which this one must not join.
     */
    private boolean alreadyThere(Connection conn, DemoPopulation.DemoSet set) throws SQLException {
        if (hasClient(conn, set.clients().get(set.clients().size() - 1).id())) {
            return true;
        }
        if (hasClient(conn, set.clients().get(0).id())) {
            throw new IllegalStateException(scale == DemoScale.COUNTY
                    ? "Intake's database holds the demo-scale data; county-scale data is never loaded on top of it "
                    + "but into databases of its own: HUSET_DB_SUFFIX=_county ./huset demo-data --scale county"
                    : "Intake's database holds county-scale data; the demo scale is never loaded on top of it: load "
                    + "it into the ordinary databases (./huset demo-data, without HUSET_DB_SUFFIX)");
        }
        return false;
    }

    private static boolean hasClient(Connection conn, UUID id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select 1 from client where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertClients(Connection conn, List<Client> clients) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into client (id, identifier, identifier_kind, name, phone, birth_date, sex, owner_org, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (Client c : clients) {
                ps.setObject(1, c.id());
                ps.setString(2, c.identifier());
                ps.setString(3, c.identifierKind());
                ps.setString(4, c.name());
                ps.setString(5, c.phone());
                ps.setDate(6, c.birthDate() == null ? null : Date.valueOf(c.birthDate()));
                ps.setString(7, c.sex());
                ps.setString(8, c.ownerOrg().name());
                ps.setString(9, c.createdBy());
                ps.setTimestamp(10, Timestamp.from(c.createdAt()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertContacts(Connection conn, List<Contact> contacts) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into contact (id, client_id, channel, kind, referrer, substances, reason, owner_org, registered_by,
                                     registered_at, status, urgency, pathway, responsible_orgs, risk_flags, audit_score,
                                     dudit_score, triage_note, triaged_by, triaged_at, assigned_to, assigned_at,
                                     closed_reason, closed_by, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (Contact c : contacts) {
                ps.setObject(1, c.id());
                ps.setObject(2, c.clientId());
                ps.setString(3, c.channel().name());
                ps.setString(4, c.kind().name());
                ps.setString(5, c.referrer().name());
                ps.setArray(6, texts(conn, c.substances()));
                ps.setString(7, c.reason());
                ps.setString(8, c.ownerOrg().name());
                ps.setString(9, c.registeredBy());
                ps.setTimestamp(10, Timestamp.from(c.registeredAt()));
                ps.setString(11, c.status().name());
                ps.setString(12, c.urgency() == null ? null : c.urgency().name());
                ps.setString(13, c.pathway() == null ? null : c.pathway().name());
                boolean triaged = c.status() == Contact.Status.TRIAGED;
                ps.setArray(14, triaged ? texts(conn, c.responsibleOrgs()) : null);
                ps.setArray(15, triaged ? texts(conn, c.riskFlags()) : null);
                ps.setObject(16, c.auditScore());
                ps.setObject(17, c.duditScore());
                ps.setString(18, c.triageNote());
                ps.setString(19, triaged ? c.triagedBy() : null);
                ps.setTimestamp(20, triaged ? Timestamp.from(c.triagedAt()) : null);
                ps.setString(21, c.assignedTo());
                ps.setTimestamp(22, c.assignedAt() == null ? null : Timestamp.from(c.assignedAt()));
                ps.setString(23, c.closedReason() == null ? null : c.closedReason().name());
                ps.setString(24, c.closedBy());
                ps.setTimestamp(25, c.closedAt() == null ? null : Timestamp.from(c.closedAt()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The demo accounts that work contacts, so the board can offer them as colleagues from the start. */
    private static void insertColleagues(Connection conn, Instant now) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "insert into colleague (username, org, seen_at) values (?, ?, ?) on conflict (username) do nothing")) {
            for (String[] member : DemoPopulation.COLLEAGUES) {
                ps.setString(1, member[0]);
                ps.setString(2, member[1]);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertConsents(Connection conn, List<ConsentView> consents) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into consent (id, client_id, recipient_orgs, categories, purpose, form, valid_until, granted_by,
                                     granted_org, granted_at, revoked_at, revoked_by, revoke_reason, revoked_org,
                                     revoke_requested_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ConsentView c : consents) {
                ps.setObject(1, c.id());
                ps.setObject(2, c.clientId());
                ps.setArray(3, texts(conn, c.recipientOrgs()));
                ps.setArray(4, texts(conn, c.categories()));
                ps.setString(5, c.purpose().name());
                ps.setString(6, c.form().name());
                ps.setDate(7, Date.valueOf(c.validUntil()));
                ps.setString(8, c.grantedBy());
                ps.setString(9, c.grantedOrg() == null ? null : c.grantedOrg().name());
                ps.setTimestamp(10, Timestamp.from(c.grantedAt()));
                ps.setTimestamp(11, c.revokedAt() == null ? null : Timestamp.from(c.revokedAt()));
                ps.setString(12, c.revokedBy());
                ps.setString(13, c.revokeReason());
                ps.setString(14, c.revokedOrg() == null ? null : c.revokedOrg().name());
                ps.setString(15, c.revokeRequestedBy() == null ? null : c.revokeRequestedBy().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Every event of the history, oldest first, as the live service would have published them; the payloads are
     * made a chunk at a time, so a county's quarter of a million events are never all in memory.
     */
    /**
     * The demo accounts' care relationships, as the live service would have started them: the unit that took a
     * client's first contact with a body (the Region's Beroendeenheten, the Kommun's Team Vuxen), whoever has a
     * waiting contact on the board, and on the Kommun side the treatment team the demo's Kommun therapist and
     * housing staff work in (Nexus, Skogsgläntan), so that every demo account sees the clients it works with and,
     * by need-to-know, no others. A client who comes back to a body a {@value #COORDINATED_AT}th time has a named
     * coordinator there from then on (the demo's therapist in the Region, its social worker in the Kommun): some
     * of the frequent attenders, not all, so the page shows both a named one and a case manager still to name.
     */
    static List<CareRelationshipChanged> careTeams(DemoPopulation.DemoSet set) {
        List<CareRelationshipChanged> team = new ArrayList<>();
        Set<String> firstContact = new HashSet<>();
        Map<String, Integer> contactsInBody = new HashMap<>();
        List<Contact> byTime = set.contacts().stream().filter(c -> c.clientId() != null)
                .sorted(Comparator.comparing(Contact::registeredAt)).toList();
        for (Contact c : byTime) {
            String body = c.ownerOrg().name();
            if (firstContact.add(c.clientId() + body)) {
                List<String> units = DEMO_UNITS.get(c.ownerOrg());
                for (int u = 0; u < units.size(); u++) {
                    boolean took = u == 0;
                    team.add(new CareRelationshipChanged(c.clientId(), body, CareRelationships.unitParty(units.get(u)),
                            took ? "CONTACT_UNIT" : "TREATMENT", took ? "contact:" + c.id() : "team:TREATMENT", true,
                            c.registeredAt(), c.registeredBy()));
                }
            }
            if (c.assignedTo() != null) {
                team.add(new CareRelationshipChanged(c.clientId(), body, CareRelationships.userParty(c.assignedTo()),
                        "ASSIGNED", "contact:" + c.id(), true, c.assignedAt(), c.registeredBy()));
            }
            if (contactsInBody.merge(c.clientId() + body, 1, Integer::sum) == COORDINATED_AT) {
                team.add(new CareRelationshipChanged(c.clientId(), body,
                        CareRelationships.userParty(COORDINATORS.get(c.ownerOrg())), "COORDINATOR",
                        CareRelationships.COORDINATOR_REF, true, c.registeredAt(), c.registeredBy()));
            }
        }
        return team;
    }

    /** The contact with a body after which the demo names a coordinator there. */
    static final int COORDINATED_AT = 6;
    /** The demo accounts who coordinate: intake's colleagues of each body (the gateway's demo users). */
    private static final Map<Org, String> COORDINATORS = Map.of(Org.REGION, "therapist.region",
            Org.KOMMUN, "socialworker.kommun");

    private static void insertCareTeams(Connection conn, List<CareRelationshipChanged> team) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into kit_care_relationship (client_id, party, ref, basis, owner_org, started_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            for (CareRelationshipChanged r : team) {
                ps.setObject(1, r.clientId());
                ps.setString(2, r.party());
                ps.setString(3, r.ref());
                ps.setString(4, r.basis());
                ps.setString(5, r.ownerOrg());
                ps.setTimestamp(6, Timestamp.from(r.at()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private int publishHistory(DemoPopulation.DemoSet set, List<CareRelationshipChanged> careTeams) {
        record Timed(Instant at, Supplier<Outbox.Event> event) {
        }
        List<Timed> events = new ArrayList<>();
        for (Client c : set.clients()) {
            events.add(new Timed(c.createdAt(), () -> new Outbox.Event(EventTypes.CLIENT_REGISTERED, c.id(),
                    new ClientRegistered(c.id(), c.ownerOrg().name(), c.birthDate(), c.sex()))));
        }
        for (Contact c : set.contacts()) {
            events.add(new Timed(c.registeredAt(), () -> new Outbox.Event(EventTypes.CONTACT_REGISTERED, c.id(),
                    new ContactRegistered(c.id(), c.clientId(), c.channel().name(), c.kind().name(),
                            c.referrer().name(), c.substances().stream().map(Enum::name).toList(),
                            c.ownerOrg().name(), c.registeredAt()))));
            if (c.status() == Contact.Status.TRIAGED) {
                events.add(new Timed(c.triagedAt(), () -> new Outbox.Event(EventTypes.CONTACT_TRIAGED, c.id(),
                        new ContactTriaged(c.id(), c.clientId(), c.urgency().name(), c.pathway().name(),
                                c.responsibleOrgs().stream().map(Enum::name).toList(), c.registeredAt(),
                                c.triagedAt()))));
            }
        }
        for (ConsentView c : set.consents()) {
            events.add(new Timed(c.grantedAt(), () -> new Outbox.Event(EventTypes.CONSENT_GRANTED, c.clientId(),
                    granted(c))));
            if (c.revokedAt() != null) {
                events.add(new Timed(c.revokedAt(), () -> new Outbox.Event(EventTypes.CONSENT_REVOKED, c.clientId(),
                        new ConsentRevoked(c.id(), c.clientId(), c.revokedAt()))));
            }
        }
        for (CareRelationshipChanged r : careTeams) {
            events.add(new Timed(r.at(), () -> new Outbox.Event(EventTypes.CARE_RELATIONSHIP_CHANGED, r.clientId(), r)));
        }
        events.sort(Comparator.comparing(Timed::at));
        for (int from = 0; from < events.size(); from += EVENT_CHUNK) {
            outbox.publishAll(events.subList(from, Math.min(events.size(), from + EVENT_CHUNK)).stream()
                    .map(e -> e.event().get()).toList());
        }
        return events.size();
    }

    private static ConsentGranted granted(ConsentView c) {
        return new ConsentGranted(c.id(), c.clientId(), c.recipientOrgs().stream().map(Enum::name).toList(),
                c.categories().stream().map(Enum::name).toList(), c.purpose().name(), c.form().name(), c.validUntil(),
                c.grantedAt());
    }

    private static java.sql.Array texts(Connection conn, Collection<? extends Enum<?>> values) throws SQLException {
        return conn.createArrayOf("text", values.stream().map(Enum::name).toArray());
    }
}
