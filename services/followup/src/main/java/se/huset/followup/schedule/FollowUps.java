package se.huset.followup.schedule;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The follow-ups as staff work them: a due list each, taking one on, and closing it with its outcome. */
@Singleton
public class FollowUps {

    static final String RESOURCE = "follow-up";
    /** The due list looks this far ahead, so a follow-up can be booked before its day. */
    static final int LOOK_AHEAD_DAYS = 14;

    private final FollowUpRepository repository;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public FollowUps(FollowUpRepository repository, ConsentGuard guard, FollowupSettings settings, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Visible<FollowUp> due(Staff staff) {
        if (staff.org() == null) {
            return new Visible<>(List.of(), 0);
        }
        return guard.filter(staff, repository.due(staff.org().name(), staff.username(),
                settings.today().plusDays(LOOK_AHEAD_DAYS)), FollowUps::describe, "FOLLOW_UPS_DUE_READ");
    }

    @Transactional
    public Visible<FollowUp> forEnrollment(Staff staff, UUID enrollmentId) {
        return guard.filter(staff, repository.forEnrollment(enrollmentId), FollowUps::describe, "FOLLOW_UPS_READ");
    }

    @Transactional
    public FollowUp read(Staff staff, UUID id) {
        FollowUp f = repository.find(id).orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        return guard.read(staff, describe(f), "FOLLOW_UP_READ", f);
    }

    @Transactional
    public FollowUp claim(Staff staff, UUID id) {
        FollowUp f = own(staff, id);
        repository.assign(id, staff.username());
        guard.wrote(staff, f.clientId(), "FOLLOW_UP_CLAIMED", RESOURCE);
        return repository.find(id).orElseThrow();
    }

    /** DONE, MISSED or DECLINED; a closed follow-up may be reopened (DUE) when it was closed by mistake. */
    @Transactional
    public FollowUp close(Staff staff, UUID id, FollowUpStatus status) {
        FollowUp f = own(staff, id);
        repository.close(id, status, clock.instant());
        guard.wrote(staff, f.clientId(), "FOLLOW_UP_" + status.name(), RESOURCE);
        return repository.find(id).orElseThrow();
    }

    /** Only the body that owns the enrollment works its follow-ups. */
    private FollowUp own(Staff staff, UUID id) {
        FollowUp f = repository.find(id).orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        if (staff.org() == null || !staff.org().name().equals(f.ownerOrg())) {
            throw ProblemException.forbidden("the follow-up belongs to the other body");
        }
        return f;
    }

    static OwnedRecord describe(FollowUp f) {
        return new OwnedRecord(f.clientId(), Org.valueOf(f.ownerOrg()), DataCategory.FOLLOWUP, RESOURCE);
    }
}
