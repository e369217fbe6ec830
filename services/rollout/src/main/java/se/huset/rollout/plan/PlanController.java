package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** {@code GET /api/rollout/plan}: the phases with their milestones; steering edits one milestone at a time. */
@Controller("/api/rollout")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class PlanController {

    private final PlanRepository plan;
    private final EditingMilestone editing;
    private final MilestoneSchedule schedule;

    public PlanController(PlanRepository plan, EditingMilestone editing, MilestoneSchedule schedule) {
        this.plan = plan;
        this.editing = editing;
        this.schedule = schedule;
    }

    /**
     * `{"startDate", "phases": [{"phase", "from", "to", "milestones": [{"code", "title", "owner", "startsOn", "dueOn",
     * "status", "overdue", "evidence", "decisionRequired", "decision", "decidedOn", …}]}]}`.
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/plan")
    public Plan plan() {
        List<Milestone> all = plan.all();
        return new Plan(schedule.start(), Arrays.stream(Phase.values())
                .map(p -> new PhaseView(p, schedule.startOf(p.fromMonth()), schedule.dueOn(p.toMonth()),
                        all.stream().filter(m -> m.phase() == p).toList()))
                .toList());
    }

    /**
     * One milestone and its `history` `[{changedAt, changedBy, field, oldValue, newValue}]`.
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/milestones/{code}")
    public MilestoneDetail milestone(String code) {
        return new MilestoneDetail(plan.one(code).orElseThrow(() -> ProblemException.notFound("Milestone " + code)),
                plan.history(code));
    }

    /**
     * `{"status":"NOT_STARTED|IN_PROGRESS|DONE|AT_RISK|BLOCKED","evidence","decision","decidedOn":"YYYY-MM-DD"}` (only
     * the fields given; decision fields only on decision milestones).
     *
     * Who may call it: STEERING.
     */
    @Patch("/milestones/{code}")
    @Secured(Roles.STEERING)
    public Milestone edit(String code, @Nullable @Body EditMilestoneRequest request, Authentication authentication) {
        return editing.edit(Staff.of(authentication), code,
                request == null ? new EditMilestoneRequest(null, null, null, null) : request);
    }

    @Serdeable
    public record Plan(LocalDate startDate, List<PhaseView> phases) {
    }

    @Serdeable
    public record PhaseView(Phase phase, LocalDate from, LocalDate to, List<Milestone> milestones) {
    }

    @Serdeable
    public record MilestoneDetail(Milestone milestone, List<MilestoneChange> history) {
    }
}
