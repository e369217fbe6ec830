package se.huset.booking.request;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;
import se.huset.kit.time.ClinicTime;

import java.util.UUID;

/**
 * Booking's reader of intake's feed for first visits: each ContactTriaged becomes a first-visit request due by the
 * care guarantee. (Consent and client facts come from service-kit's own reader of the same feed.)
 */
@Singleton
public class IntakeEvents extends FeedSubscription {

    /** This reader's cursor in intake's feed. */
    public static final String CURSOR = "intake/first-visits";

    private final RequestRepository requests;
    private final EventPayloads payloads;
    private final CareGuaranteeClock guarantee;

    public IntakeEvents(EventPayloads payloads, @Value("${huset.intake-url}") String baseUrl,
                        RequestRepository requests, BookingSettings settings,
                        @Value("${huset.booking.planned-guarantee-days:14}") int plannedDays) {
        super("intake", CURSOR, baseUrl);
        this.payloads = payloads;
        this.requests = requests;
        this.guarantee = new CareGuaranteeClock(ClinicTime.ZONE, plannedDays);
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.CONTACT_TRIAGED.equals(event.type())) {
            triaged(payloads.read(event, ContactTriaged.class));
        }
    }

    /** Pathways no body takes on (advice only) need no visit. */
    void triaged(ContactTriaged t) {
        Pathway pathway = Pathway.valueOf(t.pathway());
        if (pathway.runBy() == null) {
            return;
        }
        requests.insertOnce(FirstVisitRequest.triaged(UUID.randomUUID(), t.contactId(), t.clientId(), t.urgency(),
                t.pathway(), pathway.runBy(), t.registeredAt(), t.triagedAt(),
                guarantee.dueAt(Urgency.valueOf(t.urgency()), t.triagedAt())));
    }
}
