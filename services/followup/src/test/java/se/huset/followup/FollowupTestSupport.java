package se.huset.followup;

import jakarta.inject.Inject;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestCareTeams;
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
    @Inject
    protected CareRelationships careRelationships;

    @Override
    protected String databaseName() {
        return "followup";
    }

    /** No real intake, programs, booking or housing: facts are put in and events handed to the consumers by the tests. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("huset.intake-url", "http://127.0.0.1:9");
        p.put("huset.programs-url", "http://127.0.0.1:9");
        p.put("huset.housing-url", "http://127.0.0.1:9");
        p.put("huset.booking-url", "http://127.0.0.1:9");
        // the MISSED job runs only when a test calls it
        p.put("huset.followup.reminders.initial-delay", "1h");
        p.put("huset.feed.poll-interval", "1h");
        // the alert sweep runs only when a test calls it
        p.put("huset.followup.alerts.initial-delay", "1h");
        return p;
    }

    protected UUID client(String sex, int age) {
        UUID id = UUID.randomUUID();
        facts.apply(new ClientRegistered(id, "REGION", LocalDate.now().minusYears(age).minusDays(10), sex));
        TestCareTeams.inBothBodies(careRelationships, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    protected static FeedEvent event(String type, Object aggregate, Map<String, ?> payload) {
        return new FeedEvent(SEQ.incrementAndGet(), type, aggregate.toString(), Instant.now(), (Map<String, Object>) payload);
    }

    /** Booking's AppointmentBooked for one client, as its feed carries it. */
    protected static FeedEvent appointmentBooked(UUID appointment, UUID client, String type, String org, Instant start,
                                                 Instant bookedAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("appointmentId", appointment.toString());
        p.put("type", type);
        p.put("clientId", client.toString());
        p.put("staff", java.util.List.of("therapist.region"));
        p.put("start", start.toString());
        p.put("end", start.plusSeconds(3600).toString());
        p.put("ownerOrg", org);
        p.put("bookedAt", bookedAt.toString());
        return event(EventTypes.APPOINTMENT_BOOKED, appointment, p);
    }

    /** AppointmentAttended, AppointmentNoShow or AppointmentCancelled (by the clinic) for one client. */
    protected static FeedEvent appointmentOutcome(String eventType, UUID appointment, UUID client, String type, String org,
                                                  Instant start, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("appointmentId", appointment.toString());
        p.put("type", type);
        p.put("clientId", client.toString());
        p.put("ownerOrg", org);
        p.put("start", start.toString());
        p.put("recordedAt", at.toString());
        p.put("cancelledAt", at.toString());
        p.put("cancelledBy", "CLINIC");
        return event(eventType, appointment, p);
    }

    /** Intake's ContactTriaged; {@code client} may be null for an anonymous contact. */
    protected static FeedEvent contactTriaged(UUID contact, UUID client, String urgency, String pathway, Instant registeredAt,
                                              Instant triagedAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("contactId", contact.toString());
        if (client != null) {
            p.put("clientId", client.toString());
        }
        p.put("urgency", urgency);
        p.put("pathway", pathway);
        p.put("responsibleOrgs", java.util.List.of());
        p.put("registeredAt", registeredAt.toString());
        p.put("triagedAt", triagedAt.toString());
        return event(EventTypes.CONTACT_TRIAGED, contact, p);
    }
}
