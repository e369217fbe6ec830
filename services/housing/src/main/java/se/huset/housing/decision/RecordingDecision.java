package se.huset.housing.decision;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Records a biståndsbeslut, owned by the social worker's body, and logs the write. */
@Singleton
public class RecordingDecision {

    /** A decision is made before it applies, and no decision grants housing for more than three years at once. */
    static final int MAX_YEARS = 3;

    private final DecisionRepository decisions;
    private final ConsentGuard guard;
    private final Clock clock;

    public RecordingDecision(DecisionRepository decisions, ConsentGuard guard, Clock clock) {
        this.decisions = decisions;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public Decision record(Staff staff, DecisionRequest request) {
        if (staff.org() == null) {
            throw ProblemException.forbidden("Only staff of a responsible body record decisions.");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.decisionDate().isAfter(today)) {
            throw ProblemException.invalid("decisionDate", "must not be in the future");
        }
        if (request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        if (request.validFrom().isBefore(request.decisionDate())) {
            throw ProblemException.invalid("validFrom", "must not be before the decision date");
        }
        if (request.validTo().isAfter(request.validFrom().plusYears(MAX_YEARS))) {
            throw ProblemException.invalid("validTo", "a decision covers at most " + MAX_YEARS + " years");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Decision decision = new Decision(UUID.randomUUID(), request.clientId(), staff.org(), staff.username(),
                request.decisionDate(), request.validFrom(), request.validTo(), request.legalBasis(), now);
        decisions.insert(decision);
        guard.wrote(staff, decision.asRecord(), "CREATE");
        return decision;
    }
}
