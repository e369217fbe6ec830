package se.huset.compose.chaos;

import se.huset.compose.Suite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a chaos run proves, read straight from the databases once the load has stopped: every acknowledged write is
 * there, and every event of intake's outbox took effect exactly once in every consumer.
 */
public final class Checks {

    /** Acknowledged writes of one kind, and how many of them are missing from the database afterwards. */
    public record Durability(Load.Kind kind, long attempted, long acknowledged, long lost) {
    }

    /**
     * One consumer of intake's feed in one service: the events it must apply (from intake's outbox), how many of
     * them took effect, how many took effect more than once, and whether its cursor reached intake's newest event.
     */
    public record Delivery(String service, String consumer, String events, long expected, long delivered, long doubled,
                    long cursor, long newest) {
        public long missing() {
            return expected - delivered;
        }
    }

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final List<String> REPLICAS = List.of("booking", "programs", "housing", "followup");

    private final Suite suite;

    Checks(Suite suite) {
        this.suite = suite;
    }

    List<Durability> durability(Load load) throws SQLException {
        Map<Load.Kind, Set<String>> stored = Map.of(
                Load.Kind.REGISTRATION, ids("intake", "select id::text from contact"),
                Load.Kind.TRIAGE, ids("intake", "select id::text from contact where triaged_at is not null"),
                Load.Kind.CONSENT, ids("intake", "select id::text from consent"),
                Load.Kind.BOOKING, ids("booking", "select id::text from appointment where status = 'BOOKED'"));
        List<Durability> result = new ArrayList<>();
        for (Load.Kind kind : Load.Kind.values()) {
            List<String> acknowledged = load.writes().stream().filter(w -> w.kind() == kind).map(Load.Write::id).toList();
            long lost = acknowledged.stream().filter(id -> !stored.get(kind).contains(id)).count();
            result.add(new Durability(kind, load.attempts(kind), acknowledged.size(), lost));
        }
        return result;
    }

    /** Waits (up to a minute) until every consumer's cursor has reached intake's newest event, then compares. */
    List<Delivery> deliveries() throws SQLException, InterruptedException {
        long newest = scalar("intake", "select coalesce(max(seq), 0) from kit_outbox");
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!caughtUp(newest) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Set<String> clients = ids("intake", "select aggregate_id from kit_outbox where type = 'ClientRegistered'");
        Set<String> consents = ids("intake", "select payload->>'consentId' from kit_outbox where type = 'ConsentGranted'");
        Set<String> contacts = ids("intake", "select aggregate_id from kit_outbox where type = 'ContactRegistered'");
        // the load triages only to the outpatient pathway, which the region runs: each one needs a first visit
        Set<String> triaged = ids("intake", "select aggregate_id from kit_outbox where type = 'ContactTriaged'");

        List<Delivery> result = new ArrayList<>();
        for (String service : REPLICAS) {
            result.add(delivery(service, "intake/replica", "ClientRegistered", clients,
                    "select client_id::text from kit_client_fact", newest));
            result.add(delivery(service, "intake/replica", "ConsentGranted", consents,
                    "select consent_id::text from kit_consent", newest));
        }
        result.add(delivery("booking", "intake/first-visits", "ContactTriaged", triaged,
                "select contact_id::text from first_visit_request", newest));
        result.add(delivery("followup", "intake/contacts", "ContactRegistered", contacts,
                "select contact_id::text from contact_episode", newest));
        return result;
    }

    private boolean caughtUp(long newest) throws SQLException {
        for (String service : REPLICAS) {
            if (cursor(service, "intake/replica") < newest) {
                return false;
            }
        }
        return cursor("booking", "intake/first-visits") >= newest && cursor("followup", "intake/contacts") >= newest;
    }

    /** Counts the effects of the expected keys: each must be there, and there once. */
    private Delivery delivery(String service, String consumer, String events, Set<String> expected, String effectsSql,
                              long newest) throws SQLException {
        Map<String, Integer> effects = new HashMap<>();
        for (String key : list(service, effectsSql)) {
            effects.merge(key, 1, Integer::sum);
        }
        long delivered = expected.stream().filter(effects::containsKey).count();
        long doubled = expected.stream().filter(k -> effects.getOrDefault(k, 0) > 1).count();
        return new Delivery(service, consumer, events, expected.size(), delivered, doubled, cursor(service, consumer),
                newest);
    }

    private long cursor(String service, String consumer) throws SQLException {
        try (Connection db = suite.db(service);
             PreparedStatement ps = db.prepareStatement("select position from kit_feed_cursor where consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Set<String> ids(String process, String sql) throws SQLException {
        return new HashSet<>(list(process, sql));
    }

    private List<String> list(String process, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = suite.db(process); PreparedStatement ps = db.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private long scalar(String process, String sql) throws SQLException {
        try (Connection db = suite.db(process); PreparedStatement ps = db.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
