package se.huset.followup.form;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpRepository;
import se.huset.followup.schedule.FollowUpStatus;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.util.UUID;

/** Validates and records the follow-up form; answering a scheduled follow-up closes it as DONE. */
@Singleton
public class RecordingLifeSituation {

    static final String RESOURCE = "life-situation";

    private final LifeSituationRepository repository;
    private final FollowUpRepository followUps;
    private final ConsentGuard guard;
    private final Clock clock;

    public RecordingLifeSituation(LifeSituationRepository repository, FollowUpRepository followUps, ConsentGuard guard,
                                  Clock clock) {
        this.repository = repository;
        this.followUps = followUps;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public LifeSituation record(Staff staff, LifeSituationRequest r) {
        UUID clientId = Inputs.uuid("clientId", r.clientId());
        UUID followUpId = r.followUpId() == null || r.followUpId().isBlank() ? null : Inputs.uuid("followUpId", r.followUpId());
        if (r.crime() == null) {
            throw ProblemException.invalid("crime", "is required");
        }
        LifeSituation s = new LifeSituation(UUID.randomUUID(), clientId, org(staff).name(), followUpId,
                Inputs.oneOf("housing", r.housing(), Choices.Housing.class),
                Inputs.oneOf("occupation", r.occupation(), Choices.Occupation.class),
                Inputs.oneOf("incomeSource", r.incomeSource(), Choices.IncomeSource.class),
                Inputs.between("alcoholDays", r.alcoholDays(), 0, 30),
                Inputs.between("drugDays", r.drugDays(), 0, 30),
                r.crime(),
                Inputs.between("health", r.health(), 1, 5),
                Inputs.between("qualityOfLife", r.qualityOfLife(), 1, 5),
                Inputs.between("treatment", r.treatment(), 1, 5),
                Inputs.oneOf("ownGoal", r.ownGoal(), Choices.OwnGoal.class),
                Inputs.optionalDate("asiGrundOn", r.asiGrundOn()),
                Inputs.optionalDate("asiFollowUpOn", r.asiFollowUpOn()),
                staff.username(), clock.instant());
        if (followUpId != null) {
            FollowUp f = followUps.find(followUpId).orElseThrow(() -> ProblemException.invalid("followUpId", "no such follow-up"));
            if (!f.clientId().equals(clientId) || !f.ownerOrg().equals(s.ownerOrg())) {
                throw ProblemException.invalid("followUpId", "is not this client's follow-up in your body");
            }
            followUps.close(followUpId, FollowUpStatus.DONE, s.recordedAt());
        }
        repository.insert(s);
        guard.wrote(staff, describe(s), "LIFE_SITUATION_RECORDED");
        return s;
    }

    @Transactional
    public Visible<LifeSituation> forClient(Staff staff, UUID clientId) {
        return guard.filter(staff, repository.forClient(clientId), RecordingLifeSituation::describe,
                "LIFE_SITUATIONS_READ");
    }

    static OwnedRecord describe(LifeSituation s) {
        return new OwnedRecord(s.clientId(), Org.valueOf(s.ownerOrg()), DataCategory.FOLLOWUP, RESOURCE);
    }

    private static Org org(Staff staff) {
        if (staff.org() == null || staff.org() == Org.USER_ORG) {
            throw ProblemException.forbidden("only staff of the Region or the Kommun record follow-ups");
        }
        return staff.org();
    }
}
