package se.huset.kit.client;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.ConsentGranted;
import se.huset.contracts.events.ConsentRevoked;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

/**
 * Keeps this service's copy of intake's consent registry, client facts and care relationships in step with intake's feed, so the
 * consent rule and age rules never need a network call. Polled twice a second: a revocation takes effect here
 * within about a second. Every service but intake (which writes its own copy) sets {@code huset.intake-url}; the
 * shared HUSET_INTAKE_URL sets it in intake, rollout and the gateway too, which keep no copy: intake has its own,
 * the other two hold no client data, and none of them is granted intake's feed (the gateway's ServiceGrants).
 */
@Singleton
@Requires(property = "huset.intake-url")
@Requires(property = "huset.service.name", notEquals = "intake")
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
public class IntakeReplica extends FeedSubscription {

    /** This consumer's cursor key in {@code kit_feed_cursor}. */
    public static final String CURSOR = "intake/replica";

    private final ConsentStore consents;
    private final ClientFacts clients;
    private final CareRelationships relationships;
    private final EventPayloads payloads;

    public IntakeReplica(ConsentStore consents, ClientFacts clients, CareRelationships relationships,
                         EventPayloads payloads, @Value("${huset.intake-url}") String baseUrl) {
        super("intake", CURSOR, baseUrl);
        this.consents = consents;
        this.clients = clients;
        this.relationships = relationships;
        this.payloads = payloads;
    }

    @Override
    public void handle(FeedEvent event) {
        switch (event.type()) {
            case EventTypes.CONSENT_GRANTED -> consents.apply(payloads.read(event, ConsentGranted.class));
            case EventTypes.CONSENT_REVOKED -> consents.apply(payloads.read(event, ConsentRevoked.class));
            case EventTypes.CLIENT_REGISTERED -> clients.apply(payloads.read(event, ClientRegistered.class));
            case EventTypes.CARE_RELATIONSHIP_CHANGED ->
                    relationships.apply(payloads.read(event, CareRelationshipChanged.class));
            default -> {
                // contacts and triage are for the services that act on them
            }
        }
    }
}
