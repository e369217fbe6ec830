package se.huset.casework.actualisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.casework.investigation.Investigation;
import se.huset.casework.investigation.InvestigationRepository;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.InvestigationOpened;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The förhandsbedömning of a matter in the queue: opened into an investigation, whose handler is the social
 * worker who opened it (and who from then on works with the client), or not opened, with the reason.
 */
@Singleton
public class AssessingActualisation {

    private final ActualisationRepository actualisations;
    private final InvestigationRepository investigations;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public AssessingActualisation(ActualisationRepository actualisations, InvestigationRepository investigations,
                                  ConsentGuard guard, Outbox outbox, Clock clock) {
        this.actualisations = actualisations;
        this.investigations = investigations;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Assessment assess(Staff staff, UUID id, AssessmentRequest request) {
        Actualisation matter = actualisations.findById(id).orElseThrow(() -> ProblemException.notFound("Actualisation " + id));
        guard.wrote(staff, matter.asRecord(), "ASSESS");
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (reason != null && reason.length() > 1000) {
            throw ProblemException.invalid("reason", "must be at most 1000 characters");
        }
        if (request.open()) {
            if (request.law() == null) {
                throw ProblemException.invalid("law", "is required: SOL or LVM");
            }
            if (matter.clientId() == null) {
                throw ProblemException.conflict("The matter names no client yet: identify the person in intake "
                        + "(link the contact to a client) before opening an investigation.");
            }
        } else if (reason == null) {
            throw ProblemException.invalid("reason", "is required: why no investigation is opened");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!actualisations.assess(id, staff.username(), now, request.open(), reason)) {
            throw ProblemException.conflict("The matter was assessed already.");
        }
        Investigation investigation = request.open() ? open(staff, matter, request, now) : null;
        return new Assessment(actualisations.findById(id).orElseThrow(), investigation);
    }

    private Investigation open(Staff staff, Actualisation matter, AssessmentRequest request, Instant now) {
        Investigation investigation = new Investigation(UUID.randomUUID(), matter.id(), matter.clientId(), request.law(),
                staff.username(), LocalDate.now(clock), null, null, now);
        investigations.insert(investigation);
        guard.named(staff, matter.clientId(), List.of(staff.username()), "INVESTIGATION",
                Investigation.RESOURCE + investigation.id());
        guard.wrote(staff, investigation.asRecord(), "CREATE");
        outbox.publish(EventTypes.INVESTIGATION_OPENED, investigation.id(), new InvestigationOpened(investigation.id(),
                investigation.clientId(), investigation.law().name(), investigation.openedOn()));
        return investigation;
    }
}
