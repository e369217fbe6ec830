package se.huset.followup;

import jakarta.inject.Inject;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Followup's tests run against its own fresh PostgreSQL database, through its real HTTP API; events are handed in. */
public abstract class FollowupTestSupport extends ServiceTestSupport {

    protected static final String THERAPIST_REGION = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
    protected static final String THERAPIST_KOMMUN = TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST");
    protected static final String STEERING = TestTokens.token("steering", null, "STEERING");

    private static final AtomicLong SEQ = new AtomicLong();

    @Inject
    protected ClientFacts facts;

    @Override
    protected String databaseName() {
        return "followup";
    }

    /** No real intake or programs: facts are put in and events handed to the consumers by the tests. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:9");
        p.put("huset.programs-url", "http://127.0.0.1:9");
        p.put("huset.housing-url", "http://127.0.0.1:9");
        p.put("huset.feed.poll-interval", "1h");
        return p;
    }

    protected UUID client(String sex, int age) {
        UUID id = UUID.randomUUID();
        facts.apply(new ClientRegistered(id, "REGION", LocalDate.now().minusYears(age).minusDays(10), sex));
        return id;
    }

    @SuppressWarnings("unchecked")
    protected static FeedEvent event(String type, Object aggregate, Map<String, ?> payload) {
        return new FeedEvent(SEQ.incrementAndGet(), type, aggregate.toString(), Instant.now(), (Map<String, Object>) payload);
    }
}
