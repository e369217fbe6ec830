package se.huset.followup.frequent;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ContactLinked;
import se.huset.contracts.events.ContactRegistered;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

/**
 * Follow-up's reader of intake's feed for contacts: every ContactRegistered (and a later ContactLinked) is kept as an episode for the
 * frequent-attender rule and the frequency groups. (Consent and client facts come from the kit's own reader.)
 */
@Singleton
public class IntakeContacts extends FeedSubscription {

    /** This consumer's cursor key in {@code kit_feed_cursor}. */
    public static final String CURSOR = "intake/contacts";

    private final EpisodeRepository episodes;
    private final EventPayloads payloads;

    public IntakeContacts(EpisodeRepository episodes, EventPayloads payloads, @Value("${huset.intake-url}") String baseUrl) {
        super("intake", CURSOR, baseUrl);
        this.episodes = episodes;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.CONTACT_REGISTERED.equals(event.type())) {
            ContactRegistered c = payloads.read(event, ContactRegistered.class);
            episodes.insertOnce(new Episode(c.contactId(), c.clientId(), c.kind(), c.referrer(),
                    Org.valueOf(c.ownerOrg()), c.registeredAt()));
        } else if (EventTypes.CONTACT_LINKED.equals(event.type())) {
            // an anonymous contact identified later counts for that person from then on
            ContactLinked l = payloads.read(event, ContactLinked.class);
            episodes.link(l.contactId(), l.clientId());
        }
    }
}
