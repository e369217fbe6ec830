package se.huset.followup.instrument;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Scores and records AUDIT and DUDIT; the record is FOLLOWUP data of the assessor's body. */
@Singleton
public class Assessing {

    static final String RESOURCE = "assessment";

    private final AssessmentRepository repository;
    private final ClientFacts facts;
    private final ConsentGuard guard;
    private final Clock clock;

    public Assessing(AssessmentRepository repository, ClientFacts facts, ConsentGuard guard, Clock clock) {
        this.repository = repository;
        this.facts = facts;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public Assessment assess(Staff staff, AssessmentRequest request) {
        UUID clientId = Inputs.uuid("clientId", request.clientId());
        Instrument instrument = Inputs.oneOf("instrument", request.instrument(), Instrument.class);
        if (staff.org() == null) {
            throw ProblemException.forbidden("only staff of the Region or the Kommun record assessments");
        }
        Result result = instrument.score(request.answers(), sex(clientId));
        Assessment a = new Assessment(UUID.randomUUID(), clientId, staff.org().name(), instrument.name(),
                List.copyOf(request.answers()), result.score(), result.riskLevel(), result.aboveSexCutoff(),
                result.note(), staff.username(), clock.instant());
        repository.insert(a);
        guard.wrote(staff, describe(a), "ASSESSMENT_RECORDED");
        return a;
    }

    @Transactional
    public Visible<Assessment> forClient(Staff staff, UUID clientId) {
        return guard.filter(staff, scored(clientId), Assessing::describe, "ASSESSMENTS_READ");
    }

    /** The client's assessments, newest first, scored with what intake knows of the client's sex now. */
    List<Assessment> scored(UUID clientId) {
        Sex sex = sex(clientId);
        return repository.forClient(clientId).stream().map(r -> {
            Result result = r.instrument().score(r.answers(), sex);
            return new Assessment(r.id(), r.clientId(), r.ownerOrg(), r.instrument().name(), r.answers(),
                    result.score(), result.riskLevel(), result.aboveSexCutoff(), result.note(), r.assessedBy(),
                    r.assessedAt());
        }).toList();
    }

    static OwnedRecord describe(Assessment a) {
        return new OwnedRecord(a.clientId(), se.huset.contracts.security.Org.valueOf(a.ownerOrg()),
                DataCategory.FOLLOWUP, RESOURCE);
    }

    private Sex sex(UUID clientId) {
        return facts.find(clientId).map(f -> Sex.of(f.sex())).orElse(Sex.UNKNOWN);
    }
}
