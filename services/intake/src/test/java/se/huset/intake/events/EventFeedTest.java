package se.huset.intake.events;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.FeedPage;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.client.IntakeReplica;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.events.EventFeed;
import se.huset.kit.events.FeedConsumer;
import se.huset.kit.events.FeedPoller;
import se.huset.kit.events.Outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "huset.feed.poll-interval", value = "1h")
class EventFeedTest extends IntakeTestSupport {

    @Inject
    Outbox outbox;
    @Inject
    EventFeed feed;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    FeedPoller poller;
    @Inject
    EmbeddedServer server;
    @Inject
    ConsentStore consentStore;
    @Inject
    ClientFacts clientFacts;
    @Inject
    se.huset.kit.consent.CareRelationships careRelationships;
    @Inject
    EventPayloads payloads;

    /**
     * Writers hold their transaction open for a random while after taking a sequence number, so commits land out
     * of order; a reader polling all the time must still see every event exactly once, in order.
     */
    @Test
    void feedSkipsNoEventUnderConcurrentWritersThatCommitLate() throws Exception {
        long cursor0 = lastSeq();
        int writers = 8;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        Future<?> reader = pool.submit(() -> {
            long cursor = cursor0;
            while (true) {
                boolean lastRound = !writing.get();
                FeedPage page = feed.after(cursor, 25);
                page.events().forEach(e -> seen.add(e.seq()));
                cursor = page.next();
                if (lastRound && page.events().isEmpty()) {
                    return null;
                }
            }
        });
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    int item = i;
                    tx.executeWrite(status -> {
                        outbox.publish("FeedProbe", "writer-" + writer, Map.of("writer", writer, "item", item));
                        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 4));
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(seen).as("no event read twice, and in order").isSorted().doesNotHaveDuplicates();
        Set<Long> committed = new TreeSet<>();
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select seq from kit_outbox where seq > " + cursor0)) {
            while (rs.next()) {
                committed.add(rs.getLong(1));
            }
        }
        assertThat(committed).hasSize(writers * perWriter);
        assertThat(new TreeSet<>(seen)).as("every committed event was read").isEqualTo(committed);
    }

    /** The poller reads over HTTP with a service token, keeps its cursor, and hands each event over once. */
    @Test
    void pollerDeliversEachEventOnceAndKeepsItsCursor() {
        String url = server.getURL().toString();
        ConcurrentLinkedQueue<Long> handled = new ConcurrentLinkedQueue<>();
        FeedConsumer recorder = new FeedConsumer() {
            public String source() {
                return "intake";
            }

            public String baseUrl() {
                return url;
            }

            public void handle(FeedEvent event) {
                handled.add(event.seq());
            }
        };
        registerPerson(RECEPTION_REGION, personnummer("19660204", "845"), "Per Poll");
        while (poller.pollOnce(recorder) > 0) {
            // catch up with everything already on the feed
        }
        int before = handled.size();
        registerPerson(RECEPTION_REGION, personnummer("19660205", "845"), "Pia Poll");
        while (poller.pollOnce(recorder) > 0) {
            // the new events
        }
        assertThat(handled).doesNotHaveDuplicates();
        assertThat(handled.size() - before).as("ClientRegistered, ContactRegistered and the unit's CareRelationshipChanged")
                .isEqualTo(3);
        assertThat(poller.pollOnce(recorder)).isZero();
    }

    /** What every other service runs: consent and client events from intake's feed land in the local copies. */
    @Test
    void consentAndClientEventsFromTheFeedUpdateTheLocalCopies() {
        IntakeReplica consumer = new IntakeReplica(consentStore, clientFacts, careRelationships, payloads,
                server.getURL().toString());
        UUID client = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        consumer.handle(new FeedEvent(1, "ConsentGranted", client.toString(), java.time.Instant.now(), Map.of(
                "consentId", consent.toString(), "clientId", client.toString(), "recipientOrgs", List.of("KOMMUN"),
                "categories", List.of("CARE"), "purpose", "CARE_COORDINATION", "form", "WRITTEN",
                "validUntil", LocalDate.now().plusMonths(3).toString(), "grantedAt", java.time.Instant.now().toString())));
        assertThat(consentStore.forClients(List.of(client))).singleElement()
                .satisfies(g -> assertThat(g.revokedAt()).isNull());
        Map<String, Object> revoked = Map.of("consentId", consent.toString(), "clientId", client.toString(),
                "revokedAt", java.time.Instant.now().toString());
        consumer.handle(new FeedEvent(2, "ConsentRevoked", client.toString(), java.time.Instant.now(), revoked));
        consumer.handle(new FeedEvent(2, "ConsentRevoked", client.toString(), java.time.Instant.now(), revoked));
        assertThat(consentStore.forClients(List.of(client))).singleElement()
                .satisfies(g -> assertThat(g.revokedAt()).isNotNull());

        Map<String, Object> registered = Map.of("clientId", client.toString(), "ownerOrg", "REGION",
                "birthDate", "2009-05-01", "sex", "FEMALE");
        consumer.handle(new FeedEvent(3, "ClientRegistered", client.toString(), java.time.Instant.now(), registered));
        consumer.handle(new FeedEvent(3, "ClientRegistered", client.toString(), java.time.Instant.now(), registered));
        assertThat(clientFacts.find(client)).hasValueSatisfying(f ->
                assertThat(f.ageOn(LocalDate.of(2026, 11, 22))).hasValue(17));

        Map<String, Object> related = new java.util.HashMap<>(Map.of("clientId", client.toString(), "ownerOrg", "REGION",
                "party", "user:anna.lindqvist", "basis", "COORDINATOR", "ref", "team:COORDINATOR", "active", true,
                "at", java.time.Instant.now().toString(), "by", "therapist.region"));
        consumer.handle(new FeedEvent(4, "CareRelationshipChanged", client.toString(), java.time.Instant.now(), related));
        se.huset.kit.security.Staff anna = new se.huset.kit.security.Staff("anna.lindqvist",
                java.util.Set.of("THERAPIST"), se.huset.contracts.security.Org.REGION, "Psykiatrin");
        assertThat(careRelationships.relatedTo(anna, List.of(client))).containsExactly(client);
        related.put("active", false);
        consumer.handle(new FeedEvent(5, "CareRelationshipChanged", client.toString(), java.time.Instant.now(), related));
        assertThat(careRelationships.relatedTo(anna, List.of(client))).isEmpty();
    }

    @Test
    void theFeedIsForServicesOnly() {
        assertThat(call(HttpRequest.GET("/api/intake/events"), RECEPTION_REGION).code()).isEqualTo(403);
        assertThat(call(HttpRequest.GET("/api/intake/events?limit=5000"), se.huset.kit.testing.TestTokens.service()).code())
                .isEqualTo(400);
    }

    private long lastSeq() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select coalesce(max(seq), 0) from kit_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
