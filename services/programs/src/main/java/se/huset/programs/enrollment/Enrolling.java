package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EnrollmentCompleted;
import se.huset.contracts.events.EnrollmentDroppedOut;
import se.huset.contracts.events.EnrollmentStarted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.events.Outbox;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;
import se.huset.programs.group.Facilitator;
import se.huset.programs.group.GroupIntake;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;
import se.huset.programs.paralleltrack.ParallelTrackRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enrolling clients in programmes and moving them through {@link EnrollmentLifecycle}. Every read goes through the
 * consent guard; changes are made only by the owning body and are audited; starts and endings go on the feed.
 */
@Singleton
public class Enrolling {

    private final EnrollmentLifecycle lifecycle = new EnrollmentLifecycle();
    private final ProgramEligibility eligibility = new ProgramEligibility();
    private final ReturnRule returns = new ReturnRule();
    private final ParallelTrackRule parallelTracks = new ParallelTrackRule();
    private final GroupIntake groupIntake = new GroupIntake();

    private final EnrollmentRepository enrollments;
    private final CatalogRepository catalog;
    private final GroupRepository groups;
    private final ClientFacts facts;
    private final CaseworkDecisions decisions;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public Enrolling(EnrollmentRepository enrollments, CatalogRepository catalog, GroupRepository groups,
                     ClientFacts facts, CaseworkDecisions decisions, ConsentGuard guard, Outbox outbox, Clock clock) {
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.groups = groups;
        this.facts = facts;
        this.decisions = decisions;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public EnrollmentView enroll(Staff staff, EnrollmentRequest request) {
        Org org = bodyOf(staff);
        UUID clientId = request.client();
        UUID groupId = request.group();
        if (request.goals() != null && request.goals().length() > 2000) {
            throw ProblemException.invalid("goals", "must be at most 2000 characters");
        }
        Program program = catalog.find(request.programCode().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.invalid("programCode", "is not in the catalogue"));
        ProgramGroup group = null;
        if (groupId != null) {
            group = groups.find(groupId)
                    .orElseThrow(() -> ProblemException.invalid("groupId", "names no group"));
            if (!group.programCode().equals(program.code())) {
                throw ProblemException.unprocessable("the group runs " + group.programCode() + ", not " + program.code());
            }
        }
        LocalDate today = today();
        OptionalInt age = facts.find(clientId).map(f -> f.ageOn(today)).orElse(OptionalInt.empty());
        eligibility.refusal(program, age, group != null, org).ifPresent(reason -> {
            throw ProblemException.unprocessable(reason);
        });
        UUID decisionId = request.decision();
        if (decisionId != null) {
            DecisionReference.refusal(org, clientId, decisions.find(decisionId), today).ifPresent(reason -> {
                throw ProblemException.invalid("decisionId", reason);
            });
        }
        if (enrollments.hasOpen(clientId, program.code(), org)) {
            throw ProblemException.conflict("the client is already enrolled in " + program.name() + " at " + org);
        }
        // returns are judged within the enrolling body: the other body's records are secret to it
        boolean returning = returns.isReturn(enrollments.endings(clientId, program.code(), org), today);
        Enrollment enrollment = new Enrollment(UUID.randomUUID(), clientId, program.code(),
                group == null ? null : group.id(), org, staff.username(), EnrollmentStatus.REFERRED,
                blankToNull(request.goals()), returning, today, null, null, null, null, decisionId);
        enrollments.insert(enrollment, clock.instant());
        guard.wrote(staff, enrollment.owned(), "enrollment.create");
        if (group != null) {
            // the group's facilitators are the enrolment's therapists: they work with the client from now on
            guard.named(staff, clientId, group.facilitators().stream().map(Facilitator::username).toList(),
                    "ENROLMENT", "enrollment:" + enrollment.id());
        }
        return EnrollmentView.of(enrollment, false);
    }

    /** Enrolls and starts at once, as the group page does: a refusal to start leaves no referral behind. */
    @Transactional
    public EnrollmentView enrollAndStart(Staff staff, EnrollmentRequest request) {
        EnrollmentView referred = enroll(staff, request);
        return change(staff, referred.id(), EnrollmentLifecycle.Step.START, null, null);
    }

    @Transactional
    public EnrollmentView get(Staff staff, UUID id) {
        Enrollment e = enrollments.find(id).orElseThrow(() -> ProblemException.notFound("enrollment " + id));
        guard.read(staff, e.owned(), "enrollment.read", e);
        return EnrollmentView.of(e, false);
    }

    /** One page of a client's programme history as the reader may see it, parallel tracks flagged. */
    @Transactional
    public Page<EnrollmentView> pageForClient(Staff staff, UUID clientId, @Nullable Cursor after, int limit) {
        Page<Enrollment> page = guard.page(staff, enrollments.pageForClient(clientId, after, limit),
                Enrollment::owned, "enrollment.list");
        Set<ParallelTrackRule.Track> tracks = parallelTracks(page.items());
        return flagged(page, tracks);
    }

    /**
     * One page of a group's participants that the reader may see, flagged where the reader may also see the same
     * client active in the same method at the other body.
     */
    @Transactional
    public Page<EnrollmentView> pageForGroup(Staff staff, UUID groupId, @Nullable EnrollmentStatus status,
                                             @Nullable Cursor after, int limit) {
        Page<Enrollment> page = guard.page(staff, enrollments.pageForGroup(groupId, status, after, limit),
                Enrollment::owned, "enrollment.list");
        Set<UUID> clients = page.items().stream().map(Enrollment::clientId).collect(Collectors.toSet());
        List<Enrollment> theirs = clients.isEmpty() ? List.of() : guard.filter(staff, enrollments.forClients(clients),
                Enrollment::owned, "enrollment.parallel-track").items();
        return flagged(page, parallelTracks(theirs));
    }

    private static Page<EnrollmentView> flagged(Page<Enrollment> page, Set<ParallelTrackRule.Track> tracks) {
        Visible<EnrollmentView> views = flagged(new Visible<>(page.items(), page.withheld()), tracks);
        return new Page<>(views.items(), page.next(), page.withheld());
    }

    private Set<ParallelTrackRule.Track> parallelTracks(List<Enrollment> seen) {
        return parallelTracks.tracks(seen.stream().filter(e -> e.status() == EnrollmentStatus.ACTIVE)
                .map(e -> new ParallelTrackRule.Active(e.clientId(), e.programCode(), e.ownerOrg())).toList());
    }

    private static Visible<EnrollmentView> flagged(Visible<Enrollment> visible, Set<ParallelTrackRule.Track> tracks) {
        return new Visible<>(visible.items().stream()
                .map(e -> EnrollmentView.of(e, e.status() == EnrollmentStatus.ACTIVE
                        && tracks.contains(new ParallelTrackRule.Track(e.clientId(), e.programCode()))))
                .toList(), visible.withheld());
    }

    @Transactional
    public EnrollmentView goals(Staff staff, UUID id, String goals) {
        Enrollment e = owned(staff, id, "enrollment.goals");
        Enrollment changed = new Enrollment(e.id(), e.clientId(), e.programCode(), e.groupId(), e.ownerOrg(),
                e.therapist(), e.status(), blankToNull(goals), e.returning(), e.referredOn(), e.startedOn(),
                e.endedOn(), e.dropReason(), e.droppedAtSession(), e.decisionId());
        enrollments.update(changed, clock.instant());
        return EnrollmentView.of(changed, false);
    }

    /** A step without details; a drop-out goes through {@link #dropOut} for its reason. */
    @Transactional
    public EnrollmentView step(Staff staff, UUID id, EnrollmentLifecycle.Step step) {
        return change(staff, id, step, null, null);
    }

    @Transactional
    public EnrollmentView dropOut(Staff staff, UUID id, DropOutRequest request) {
        return change(staff, id, EnrollmentLifecycle.Step.DROP_OUT, request.reason().strip(), request.atSession());
    }

    private EnrollmentView change(Staff staff, UUID id, EnrollmentLifecycle.Step step, String reason, Integer atSession) {
        Enrollment e = owned(staff, id, "enrollment." + step.name().toLowerCase(Locale.ROOT));
        EnrollmentStatus next;
        try {
            next = lifecycle.next(e.status(), step);
        } catch (EnrollmentLifecycle.IllegalTransition illegal) {
            throw ProblemException.conflict(illegal.getMessage());
        }
        if (next == EnrollmentStatus.ACTIVE && e.groupId() != null) {
            ProgramGroup group = groups.find(e.groupId()).orElseThrow();
            Optional<Instant> first = groups.sessions(group.id()).stream().map(GroupSession::startsAt).findFirst();
            groupIntake.refusal(group.intake(), group.capacity(), enrollments.activeIn(group.id()), first, clock.instant())
                    .ifPresent(refusal -> {
                        throw ProblemException.unprocessable(refusal);
                    });
        }
        LocalDate today = today();
        LocalDate started = next == EnrollmentStatus.ACTIVE ? today : e.startedOn();
        LocalDate ended = next.open() ? null : today;
        Integer session = next == EnrollmentStatus.DROPPED_OUT
                ? (atSession == null ? Integer.valueOf(enrollments.lastSessionPresent(e.id())) : atSession) : null;
        Enrollment changed = new Enrollment(e.id(), e.clientId(), e.programCode(), e.groupId(), e.ownerOrg(),
                e.therapist(), next, e.goals(), e.returning(), e.referredOn(), started, ended,
                next == EnrollmentStatus.DROPPED_OUT ? reason : null, session, e.decisionId());
        enrollments.update(changed, clock.instant());
        switch (next) {
            case ACTIVE -> outbox.publish(EventTypes.ENROLLMENT_STARTED, e.id(), new EnrollmentStarted(e.id(),
                    e.clientId(), e.programCode(), e.ownerOrg().name(), e.groupId(), today, e.returning(), e.decisionId()));
            case COMPLETED -> outbox.publish(EventTypes.ENROLLMENT_COMPLETED, e.id(), new EnrollmentCompleted(e.id(),
                    e.clientId(), e.programCode(), e.ownerOrg().name(), today));
            case DROPPED_OUT -> outbox.publish(EventTypes.ENROLLMENT_DROPPED_OUT, e.id(), new EnrollmentDroppedOut(
                    e.id(), e.clientId(), e.programCode(), e.ownerOrg().name(), today, session));
            default -> {
                // waiting, transfers and cancellations concern only this service
            }
        }
        return EnrollmentView.of(changed, false);
    }

    /** The enrollment for a change: the reader must see it, and only its own body may change it. */
    private Enrollment owned(Staff staff, UUID id, String action) {
        Enrollment e = enrollments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("enrollment " + id));
        guard.wrote(staff, e.owned(), action);
        if (staff.org() != e.ownerOrg()) {
            throw ProblemException.forbidden("only staff of " + e.ownerOrg() + " change this enrollment");
        }
        return e;
    }

    private static Org bodyOf(Staff staff) {
        if (staff.org() != Org.REGION && staff.org() != Org.KOMMUN) {
            throw ProblemException.forbidden("enrollments are made by staff of the Region or the Kommun");
        }
        return staff.org();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
