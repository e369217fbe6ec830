package se.huset.programs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestCareTeams;
import se.huset.kit.testing.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Programs' tests run against its own fresh PostgreSQL database, through its real HTTP API, with a stub booking. */
public abstract class ProgramsTestSupport extends ServiceTestSupport {

    protected static final String ADMIN = TestTokens.token("admin", Org.REGION, "ADMIN");
    protected static final String THERAPIST_REGION = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
    protected static final String THERAPIST_KOMMUN = TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST");
    protected static final String STEERING = TestTokens.token("steering", null, "STEERING");

    @Inject
    protected ClientFacts facts;
    @Inject
    protected CareRelationships careRelationships;

    @Override
    protected String databaseName() {
        return "programs";
    }

    /** No real intake: facts and consents are put in by the tests. Booking is {@link StubBooking}. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:9");
        p.put("huset.casework-url", "http://127.0.0.1:9");
        p.put("huset.feed.poll-interval", "1h");
        p.put("huset.booking-url", StubBooking.get().url());
        return p;
    }

    /** A client intake has registered, aged {@code age} today. */
    protected UUID client(int age) {
        UUID id = UUID.randomUUID();
        facts.apply(new ClientRegistered(id, "REGION", LocalDate.now().minusYears(age).minusDays(10), "F"));
        TestCareTeams.inBothBodies(careRelationships, id);
        return id;
    }

    protected HttpResponse<Map<String, Object>> enroll(String token, UUID client, String program, UUID group) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", client.toString());
        body.put("programCode", program);
        if (group != null) {
            body.put("groupId", group.toString());
        }
        return call(HttpRequest.POST("/api/programs/enrollments", body), token);
    }

    /** Enrolls and starts; answers the enrollment id. */
    protected String active(String token, UUID client, String program, UUID group) {
        HttpResponse<Map<String, Object>> created = enroll(token, client, program, group);
        if (created.code() != 201) {
            throw new AssertionError("not enrolled: " + created.code() + " " + created.getBody(String.class).orElse(""));
        }
        String id = (String) body(created).get("id");
        step(token, id, "start", 200);
        return id;
    }

    protected void step(String token, String id, String step, int expected) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/programs/enrollments/" + id + "/" + step, Map.of()), token);
        if (r.code() != expected) {
            throw new AssertionError(step + ": expected " + expected + ", got " + r.code() + " " + r.getBody(String.class).orElse(""));
        }
    }

    /** A group with {@code sessions} weekly sessions booked through the stub booking. */
    protected UUID group(String token, String program, String name, List<Map<String, String>> facilitators, int sessions) {
        Map<String, Object> body = new HashMap<>();
        body.put("programCode", program);
        body.put("name", name);
        body.put("facilitators", facilitators);
        body.put("capacity", 12);
        body.put("intake", "ROLLING");
        body.put("roomId", UUID.randomUUID().toString());
        body.put("start", "2026-11-24T17:00:00+01:00");
        body.put("end", "2026-11-24T18:30:00+01:00");
        body.put("sessions", sessions);
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/programs/groups", body), token);
        if (r.code() != 201) {
            throw new AssertionError("group not created: " + r.code() + " " + r.getBody(String.class).orElse(""));
        }
        return UUID.fromString((String) body(r).get("id"));
    }

    protected static Map<String, String> facilitator(String username, Org org) {
        return Map.of("username", username, "org", org.name());
    }
}
