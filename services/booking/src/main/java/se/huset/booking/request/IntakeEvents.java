package se.huset.booking.request;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.kit.consent.ConsentFeedConsumer;
import se.huset.kit.consent.ConsentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Booking's one reader of intake's feed: consent events as every service handles them, and each ContactTriaged
 * becomes a first-visit request due by the care guarantee. One consumer, because the feed cursor is kept per
 * source: two consumers of "intake" would share it and each see only part of the feed.
 */
@Singleton
@Replaces(ConsentFeedConsumer.class)
public class IntakeEvents extends ConsentFeedConsumer {

    private final RequestRepository requests;
    private final JsonMapper json;
    private final CareGuaranteeClock guarantee;

    public IntakeEvents(ConsentStore store, JsonMapper json, @Value("${huset.consent.source-url}") String baseUrl,
                        RequestRepository requests, BookingSettings settings,
                        @Value("${huset.booking.planned-guarantee-days:14}") int plannedDays) {
        super(store, json, baseUrl);
        this.requests = requests;
        this.json = json;
        this.guarantee = new CareGuaranteeClock(settings.zone(), plannedDays);
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.CONTACT_TRIAGED.equals(event.type())) {
            triaged(read(event));
        } else {
            super.handle(event);
        }
    }

    /** Pathways no body takes on (advice only) need no visit. */
    void triaged(ContactTriaged t) {
        Pathway pathway = Pathway.valueOf(t.pathway());
        if (pathway.runBy() == null) {
            return;
        }
        requests.insertOnce(new FirstVisitRequest(UUID.randomUUID(), t.contactId(), t.clientId(), t.urgency(),
                t.pathway(), pathway.runBy(), t.registeredAt(), t.triagedAt(),
                guarantee.dueAt(Urgency.valueOf(t.urgency()), t.triagedAt()), FirstVisitRequest.Status.OPEN,
                null, null));
    }

    private ContactTriaged read(FeedEvent event) {
        try {
            return json.readValue(json.writeValueAsBytes(event.payload()), ContactTriaged.class);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.seq() + " of type " + event.type() + " is unreadable", e);
        }
    }
}
