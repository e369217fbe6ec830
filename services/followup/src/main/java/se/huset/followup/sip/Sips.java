package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * SIP plans: both bodies plan together, so a plan needs the client's consent to the other body's data, and a
 * participant from the other body needs a consent naming that body for the plan's data (FOLLOWUP). The body that
 * called the meeting keeps the plan: only its staff change it; the other body reads it under that consent.
 */
@Singleton
public class Sips {

    static final String RESOURCE = "sip";
    private static final int NAME_MAX = 200;
    private static final int TEXT_MAX = 2000;

    private final SipRepository repository;
    private final ConsentGuard guard;
    private final ConsentStore consents;
    private final FollowupSettings settings;
    private final Clock clock;

    public Sips(SipRepository repository, ConsentGuard guard, ConsentStore consents, FollowupSettings settings, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.consents = consents;
        this.settings = settings;
        this.clock = clock;
    }

    @Serdeable
    public record SipRequest(@Nullable String clientId, @Nullable String reviewOn) {
    }

    @Serdeable
    public record SipUpdate(@Nullable String status, @Nullable String adherence, @Nullable String reviewOn) {
    }

    @Serdeable
    public record ParticipantRequest(@Nullable String name, @Nullable String function, @Nullable String party) {
    }

    @Serdeable
    public record GoalRequest(@Nullable String text) {
    }

    @Serdeable
    public record TaskRequest(@Nullable String what, @Nullable String participantId, @Nullable String goalId,
                              @Nullable String dueOn) {
    }

    @Serdeable
    public record TaskUpdate(@Nullable Boolean done) {
    }

    @Transactional
    public SipPlan create(Staff staff, SipRequest r) {
        UUID clientId = Inputs.uuid("clientId", r.clientId());
        LocalDate review = reviewOn(r.reviewOn());
        Org own = org(staff);
        Org other = other(own);
        if (!consentReleases(clientId, own, other == Org.REGION ? DataCategory.CARE : DataCategory.SOCIAL)) {
            throw ProblemException.unprocessable("a SIP needs the client's consent to share with the other body");
        }
        SipPlan p = new SipPlan(UUID.randomUUID(), clientId, own.name(), SipPlan.Status.CALLED, null, review, false,
                staff.username(), clock.instant());
        repository.insert(p);
        guard.wrote(staff, describe(p), "SIP_CALLED");
        return p;
    }

    @Transactional
    public SipPlan update(Staff staff, UUID id, SipUpdate u) {
        SipPlan p = kept(staff, id);
        SipPlan.Status status = Inputs.oneOf("status", u.status(), SipPlan.Status.class);
        SipPlan.Adherence adherence = u.adherence() == null || u.adherence().isBlank() ? p.adherence()
                : Inputs.oneOf("adherence", u.adherence(), SipPlan.Adherence.class);
        LocalDate review = u.reviewOn() == null || u.reviewOn().isBlank() ? p.reviewOn() : reviewOn(u.reviewOn());
        repository.update(id, status, adherence, review);
        guard.wrote(staff, describe(p), "SIP_" + status.name());
        return repository.find(id, settings.today()).orElseThrow();
    }

    /** Staff of the other body take part only under a consent that names their body for the plan's data. */
    @Transactional
    public SipParts.Participant addParticipant(Staff staff, UUID id, ParticipantRequest r) {
        SipPlan p = kept(staff, id);
        SipParts.Participant participant = new SipParts.Participant(UUID.randomUUID(), Inputs.text("name", r.name(), NAME_MAX),
                Inputs.text("function", r.function(), NAME_MAX), Inputs.oneOf("party", r.party(), SipParts.Party.class));
        Org own = Org.valueOf(p.ownerOrg());
        if (participant.party().name().equals(other(own).name()) && !otherBodyMaySee(p)) {
            throw ProblemException.unprocessable("a participant from " + other(own).name()
                    + " needs the client's consent naming " + other(own).name() + " for follow-up data");
        }
        repository.insertParticipant(id, participant, staff.username(), clock.instant());
        guard.wrote(staff, describe(p), "SIP_PARTICIPANT_ADDED");
        return participant;
    }

    @Transactional
    public SipParts.Goal addGoal(Staff staff, UUID id, GoalRequest r) {
        SipPlan p = kept(staff, id);
        SipParts.Goal goal = new SipParts.Goal(UUID.randomUUID(), Inputs.text("text", r.text(), TEXT_MAX));
        repository.insertGoal(id, goal, staff.username(), clock.instant());
        guard.wrote(staff, describe(p), "SIP_GOAL_ADDED");
        return goal;
    }

    /** Who does what: the responsible one must take part in the plan, and a named goal must be one of the plan's. */
    @Transactional
    public SipParts.Task addTask(Staff staff, UUID id, TaskRequest r) {
        SipPlan p = kept(staff, id);
        String what = Inputs.text("what", r.what(), TEXT_MAX);
        UUID participant = Inputs.uuid("participantId", r.participantId());
        if (repository.participants(id).stream().noneMatch(x -> x.id().equals(participant))) {
            throw ProblemException.invalid("participantId", "must be a participant of this plan");
        }
        UUID goal = Inputs.optionalUuid("goalId", r.goalId());
        if (goal != null && repository.goals(id).stream().noneMatch(g -> g.id().equals(goal))) {
            throw ProblemException.invalid("goalId", "must be a goal of this plan");
        }
        LocalDate dueOn = Inputs.optionalDate("dueOn", r.dueOn());
        UUID taskId = UUID.randomUUID();
        repository.insertTask(id, taskId, goal, what, participant, dueOn, staff.username(), clock.instant());
        guard.wrote(staff, describe(p), "SIP_TASK_ADDED");
        return repository.tasks(id, settings.today()).stream().filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
    }

    @Transactional
    public SipParts.Task markTask(Staff staff, UUID id, UUID taskId, TaskUpdate u) {
        SipPlan p = kept(staff, id);
        if (u.done() == null) {
            throw ProblemException.invalid("done", "is required");
        }
        if (!repository.markTask(id, taskId, u.done() ? clock.instant() : null)) {
            throw ProblemException.notFound("task " + taskId + " of SIP " + id);
        }
        guard.wrote(staff, describe(p), u.done() ? "SIP_TASK_DONE" : "SIP_TASK_REOPENED");
        return repository.tasks(id, settings.today()).stream().filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
    }

    @Transactional
    public SipParts.Detail detail(Staff staff, UUID id) {
        LocalDate today = settings.today();
        SipPlan p = repository.find(id, today).orElseThrow(() -> ProblemException.notFound("SIP " + id));
        return guard.read(staff, describe(p), "SIP_READ", new SipParts.Detail(p, repository.participants(id),
                repository.goals(id), repository.tasks(id, today)));
    }


    /**
     * One page of the plans the reader may see, the next review first; {@code overdue=true} keeps those whose review
     * has passed; {@code limit} (1–200, 50) and {@code after}. A bad value is a 400 naming the parameter.
     */
    @Transactional
    public Page<SipPlan> list(Staff staff, io.micronaut.http.HttpRequest<?> request) {
        var p = request.getParameters();
        boolean overdueOnly = ListParams.flag("overdue", p.get("overdue"));
        int limit = ListParams.limit(p.get("limit"));
        Cursor after = Cursor.parse("after", p.get("after"), 2).orElse(null);
        LocalDate afterDay = after == null ? null : after.date(0);
        UUID afterId = after == null ? null : after.uuid(1);
        Page<SipPlan> rows = Page.of(repository.page(overdueOnly, settings.today(), afterDay, afterId, Page.fetchSize(limit)),
                limit, plan -> Cursor.after(plan.reviewOn(), plan.id()));
        return guard.page(staff, rows, Sips::describe, "SIPS_READ");
    }


    @Transactional
    public Visible<SipPlan> forClient(Staff staff, UUID clientId) {
        return guard.filter(staff, repository.forClient(clientId, settings.today()), Sips::describe, "SIPS_READ");
    }

    /** Whether the client's consent releases the plan (follow-up data) to the other body, which its participant joins. */
    private boolean otherBodyMaySee(SipPlan p) {
        return consentReleases(p.clientId(), other(Org.valueOf(p.ownerOrg())), DataCategory.FOLLOWUP);
    }

    /**
     * Whether an active consent of the client releases data of a category to the body {@code to} (consents are
     * recorded by the disclosing body): a question about the bodies, asked before anyone of {@code to} reads, and
     * each read then passes the consent rule itself.
     */
    private boolean consentReleases(UUID clientId, Org to, DataCategory category) {
        return consents.forClients(Set.of(clientId)).stream()
                .anyMatch(c -> c.clientId().equals(clientId) && c.covers(to, category, settings.today()));
    }

    /** The plan, for a change by the body that keeps it. */
    private SipPlan kept(Staff staff, UUID id) {
        SipPlan p = repository.find(id, settings.today()).orElseThrow(() -> ProblemException.notFound("SIP " + id));
        if (!p.ownerOrg().equals(org(staff).name())) {
            throw ProblemException.forbidden("the SIP is kept by the other body");
        }
        return p;
    }

    static OwnedRecord describe(SipPlan p) {
        return new OwnedRecord(p.clientId(), Org.valueOf(p.ownerOrg()), DataCategory.FOLLOWUP, RESOURCE);
    }

    private static Org other(Org own) {
        return own == Org.REGION ? Org.KOMMUN : Org.REGION;
    }

    private static LocalDate reviewOn(@Nullable String text) {
        LocalDate d = Inputs.optionalDate("reviewOn", text);
        if (d == null) {
            throw ProblemException.invalid("reviewOn", "is required");
        }
        return d;
    }

    private static Org org(Staff staff) {
        if (staff.org() != Org.REGION && staff.org() != Org.KOMMUN) {
            throw ProblemException.forbidden("only staff of the Region or the Kommun keep SIPs");
        }
        return staff.org();
    }
}
