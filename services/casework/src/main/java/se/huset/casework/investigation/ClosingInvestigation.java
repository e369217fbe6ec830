package se.huset.casework.investigation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.InvestigationClosed;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Closes an investigation, by someone who works with the client, on a day between its opening and today. */
@Singleton
public class ClosingInvestigation {

    private final InvestigationRepository investigations;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public ClosingInvestigation(InvestigationRepository investigations, ConsentGuard guard, Outbox outbox, Clock clock) {
        this.investigations = investigations;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Investigation close(Staff staff, UUID id, CloseRequest request) {
        Investigation investigation = investigations.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Investigation " + id));
        guard.wrote(staff, investigation.asRecord(), "CLOSE");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.closedOn() == null ? today : request.closedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("closedOn", "must not be in the future");
        }
        if (on.isBefore(investigation.openedOn())) {
            throw ProblemException.invalid("closedOn", "must not be before the investigation opened");
        }
        if (!investigations.close(id, on, request.outcome())) {
            throw ProblemException.conflict("The investigation was closed already.");
        }
        outbox.publish(EventTypes.INVESTIGATION_CLOSED, id, new InvestigationClosed(id, investigation.clientId(),
                investigation.law().name(), on, request.outcome().name()));
        return investigations.findById(id).orElseThrow();
    }
}
