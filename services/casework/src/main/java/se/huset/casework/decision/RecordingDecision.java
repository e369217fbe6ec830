package se.huset.casework.decision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.casework.investigation.Investigation;
import se.huset.casework.investigation.InvestigationRepository;
import se.huset.contracts.events.DecisionEnforced;
import se.huset.contracts.events.DecisionMade;
import se.huset.contracts.events.EventTypes;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records a decision on an intervention by the social worker who works with the client, and later its
 * enforcement (the day the intervention started) and an appeal. Each is published on casework's feed, where
 * housing reads the decisions its placements require.
 */
@Singleton
public class RecordingDecision {

    private final DecisionRepository decisions;
    private final InvestigationRepository investigations;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public RecordingDecision(DecisionRepository decisions, InvestigationRepository investigations, ConsentGuard guard,
                             Outbox outbox, Clock clock) {
        this.decisions = decisions;
        this.investigations = investigations;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Decision record(Staff staff, DecisionRequest request) {
        LocalDate today = LocalDate.now(clock);
        notInTheFuture("decidedOn", request.decidedOn(), today);
        if ((request.intervention() == Intervention.LVM_CARE) != (request.legalBasis() == LegalBasis.LVM)) {
            throw ProblemException.invalid("legalBasis", "must be LVM for LVM_CARE and SOL for every other intervention");
        }
        if (request.granted() && request.validFrom() == null) {
            throw ProblemException.invalid("validFrom", "is required for a granted decision: the day it applies from");
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        if (request.investigationId() != null) {
            Investigation investigation = investigations.findById(request.investigationId())
                    .orElseThrow(() -> ProblemException.invalid("investigationId", "names no investigation"));
            if (!investigation.clientId().equals(request.clientId())) {
                throw ProblemException.invalid("investigationId", "is an investigation of another client");
            }
        }
        Decision decision = new Decision(UUID.randomUUID(), request.investigationId(), request.clientId(),
                request.intervention(), request.granted(), request.legalBasis(), request.decidedOn(),
                request.validFrom(), request.validTo(), staff.username(), null, null,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        guard.wrote(staff, decision.asRecord(), "CREATE");
        decisions.insert(decision);
        outbox.publish(EventTypes.DECISION_MADE, decision.id(), new DecisionMade(decision.id(), decision.clientId(),
                decision.intervention().name(), decision.granted(), decision.legalBasis().name(), decision.decidedOn(),
                decision.validFrom(), decision.validTo(), decision.decidedBy()));
        return decision;
    }

    /** The intervention started on {@code on} (today when left out): a granted decision, once, never before it was made. */
    @Transactional
    public Decision enforce(Staff staff, UUID id, DateRequest request) {
        Decision decision = existing(staff, id, "ENFORCE");
        LocalDate on = onOrToday(request, decision);
        if (!decision.granted()) {
            throw ProblemException.conflict("A refused decision is not enforced.");
        }
        if (!decisions.enforce(id, on)) {
            throw ProblemException.conflict("The decision was enforced already.");
        }
        outbox.publish(EventTypes.DECISION_ENFORCED, id, new DecisionEnforced(id, decision.clientId(), on));
        return decisions.findById(id).orElseThrow();
    }

    /**
     * The intervention began in the service that gives it (housing placed the client, programs started the
     * enrolment, {@link InterventionsStarted}): a granted decision of that client is enforced on that day. The first
     * start counts; a later one, or a decision casework does not know, changes nothing.
     */
    @Transactional
    public void startedElsewhere(UUID decisionId, UUID clientId, LocalDate on) {
        decisions.findById(decisionId)
                .filter(d -> d.clientId().equals(clientId) && d.granted())
                .filter(d -> decisions.enforce(decisionId, on))
                .ifPresent(d -> outbox.publish(EventTypes.DECISION_ENFORCED, decisionId,
                        new DecisionEnforced(decisionId, clientId, on)));
    }

    /** The client appealed the decision on {@code on} (today when left out); noted once. */
    @Transactional
    public Decision appeal(Staff staff, UUID id, DateRequest request) {
        Decision decision = existing(staff, id, "APPEAL");
        if (!decisions.appeal(id, onOrToday(request, decision))) {
            throw ProblemException.conflict("An appeal of the decision was noted already.");
        }
        return decisions.findById(id).orElseThrow();
    }

    private Decision existing(Staff staff, UUID id, String action) {
        Decision decision = decisions.findById(id).orElseThrow(() -> ProblemException.notFound("Decision " + id));
        guard.wrote(staff, decision.asRecord(), action);
        return decision;
    }

    private LocalDate onOrToday(DateRequest request, Decision decision) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request == null || request.on() == null ? today : request.on();
        notInTheFuture("on", on, today);
        if (on.isBefore(decision.decidedOn())) {
            throw ProblemException.invalid("on", "must not be before the day the decision was made");
        }
        return on;
    }

    private static void notInTheFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }
}
