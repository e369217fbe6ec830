package se.huset.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import se.huset.casework.actualisation.IntakeContacts;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Casework's tests run against its own fresh PostgreSQL database, through its real HTTP API and intake's feed handler. */
public abstract class CaseworkTestSupport extends ServiceTestSupport {

    protected static final String SOCIAL_KOMMUN = TestTokens.token("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER");
    protected static final String SOCIAL_KOMMUN_2 = TestTokens.ofUnit("socialworker2.kommun", Org.KOMMUN,
            "Team Vuxen Syd", "SOCIAL_WORKER");
    protected static final String SOCIAL_REGION = TestTokens.token("socialworker.region", Org.REGION, "SOCIAL_WORKER");
    protected static final String STEERING = TestTokens.token("steering", Org.REGION, "STEERING");

    @Inject
    protected IntakeContacts intakeContacts;

    private static long seq;

    @Override
    protected String databaseName() {
        return "casework";
    }

    /** No real intake, housing or programs: their events are handed to the feed handlers by the tests. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:9");
        p.put("huset.housing-url", "http://127.0.0.1:9");
        p.put("huset.programs-url", "http://127.0.0.1:9");
        p.put("huset.feed.poll-interval", "1h");
        return p;
    }

    /** intake's feed announcing a contact (its ContactRegistered event, as JSON); answers the contact's id. */
    protected UUID contact(String kind, Org owner, UUID clientId, Instant at) {
        UUID contactId = UUID.randomUUID();
        intakeContacts.handle(registered(contactId, kind, owner, clientId, at));
        return contactId;
    }

    protected static FeedEvent registered(UUID contactId, String kind, Org owner, UUID clientId, Instant at) {
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("contactId", contactId.toString(),
                "channel", "PHONE", "kind", kind, "referrer", "POLICE", "substances", List.of("ALCOHOL"),
                "ownerOrg", owner.name(), "registeredAt", at.toString()));
        if (clientId != null) {
            payload.put("clientId", clientId.toString());
        }
        return new FeedEvent(++seq, EventTypes.CONTACT_REGISTERED, contactId.toString(), at, payload);
    }

    protected Map<String, Object> ok(HttpResponse<Map<String, Object>> response, int status) {
        assertThat(response.code()).as(response.getBody(String.class).orElse("")).isEqualTo(status);
        return body(response);
    }

    protected Map<String, Object> get(String path, String token) {
        return ok(call(HttpRequest.GET(path), token), 200);
    }

    /** The actualisation intake's contact became, from the queue. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> actualisationOf(UUID contactId) {
        return items(get("/api/casework/actualisations?limit=200", SOCIAL_KOMMUN)).stream()
                .filter(a -> contactId.toString().equals(a.get("contactId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no actualisation of contact " + contactId));
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
