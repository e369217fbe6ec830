package se.huset.housing.decision;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.DecisionEnforced;
import se.huset.contracts.events.DecisionMade;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.util.Optional;

/**
 * The decisions placements rest on, read from casework's feed: social services decide on housing in their case
 * work (an investigation, then a biståndsbeslut or care under LVM), and housing holds each granted housing decision
 * under its casework id, so a placement names the decision it carries out. The decider works with the client in
 * housing from then on and is the placement's coordinator. Refusals and other interventions are not housing's.
 */
@Singleton
public class CaseworkDecisions extends FeedSubscription {

    /** The key of this consumer's cursor, which the demo history waits on. */
    public static final String CURSOR = "casework/decisions";

    private final DecisionRepository decisions;
    private final CareRelationships relationships;
    private final EventPayloads payloads;

    public CaseworkDecisions(DecisionRepository decisions, CareRelationships relationships, EventPayloads payloads,
                             @Value("${huset.casework-url}") String baseUrl) {
        super("casework", CURSOR, baseUrl);
        this.decisions = decisions;
        this.relationships = relationships;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.DECISION_ENFORCED.equals(event.type())) {
            DecisionEnforced e = payloads.read(event, DecisionEnforced.class);
            decisions.enforced(e.decisionId(), e.enforcedOn());
            return;
        }
        if (!EventTypes.DECISION_MADE.equals(event.type())) {
            return;
        }
        DecisionMade d = payloads.read(event, DecisionMade.class);
        Optional<Intervention> intervention = Intervention.of(d.intervention());
        if (!d.granted() || intervention.isEmpty()) {
            return;
        }
        decisions.insertOnce(new Decision(d.decisionId(), d.clientId(), Org.KOMMUN,
                d.decidedBy() == null ? "casework" : d.decidedBy(), d.decidedOn(),
                d.validFrom() == null ? d.decidedOn() : d.validFrom(), d.validTo(),
                "LVM".equals(d.legalBasis()) ? LegalBasis.LVM : LegalBasis.SOL_4_1, event.occurredAt(),
                intervention.get(), null));
        if (d.decidedBy() != null) {
            // the social worker who decided places the client on it: they work with the client here too
            relationships.start(d.clientId(), CareRelationships.userParty(d.decidedBy()), "DECISION",
                    "decision:" + d.decisionId(), Org.KOMMUN.name(), event.occurredAt());
        }
    }
}
