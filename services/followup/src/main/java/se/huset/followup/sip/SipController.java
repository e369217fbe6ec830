package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.huset.kit.list.Page;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/followup")
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class SipController {

    private final Sips sips;
    private final Idempotency idempotency;

    public SipController(Sips sips, Idempotency idempotency) {
        this.sips = sips;
        this.idempotency = idempotency;
    }

    /**
     * `{"clientId","reviewOn"}` → 201 CALLED (422 without the client's consent to the other body);
     * `{"status":"CALLED|INVITED|HELD|FOLLOWED_UP","adherence"?:"LARGELY|PARTLY|NOT_AT_ALL","reviewOn"?}`;
     * `reviewOverdue` flagged.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Post("/sips")
    public HttpResponse<?> create(@Body Sips.SipRequest request, Authentication auth,
                                  @Nullable @Header(Idempotency.HEADER) String key) {
        Staff staff = Staff.of(auth);
        return idempotency.created("followup/sips/" + staff.username(), key, () -> sips.create(staff, request));
    }

    /**
     * `{"clientId","reviewOn"}` → 201 CALLED (422 without the client's consent to the other body);
     * `{"status":"CALLED|INVITED|HELD|FOLLOWED_UP","adherence"?:"LARGELY|PARTLY|NOT_AT_ALL","reviewOn"?}`;
     * `reviewOverdue` flagged.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Post("/sips/{id}")
    public SipPlan update(UUID id, @Body Sips.SipUpdate update, Authentication auth) {
        return sips.update(Staff.of(auth), id, update);
    }

    /** A page of the plans the caller may see; {@code overdue=true} keeps those whose review day has passed. */
    @Get("/sips")
    public Page<SipPlan> list(HttpRequest<?> request, Authentication auth) {
        return sips.list(Staff.of(auth), request);
    }

    /**
     * A page of the plans I may see, the next review first (keyset; `limit` 1–200, default 50)
     * `{"items","next","withheld"}` (`overdue=true`: only those past their review; a bad value → 400 naming the
     * parameter); one plan `{"plan","participants","goals","tasks"}` (consent-guarded).
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/sips/{id}")
    public SipParts.Detail one(UUID id, Authentication auth) {
        return sips.detail(Staff.of(auth), id);
    }

    /**
     * 201 (tasks: 200 on marking) with the part; 422 for a participant of the other body without a consent naming it
     * for FOLLOWUP; 400 naming the field, e.g. a `participantId` or `goalId` not of this plan; task `overdue` when its
     * day has passed undone.
     *
     * Who may call it: the keeping body.
     */
    @Post("/sips/{id}/participants")
    public HttpResponse<SipParts.Participant> participant(UUID id, @Body Sips.ParticipantRequest request, Authentication auth) {
        return HttpResponse.created(sips.addParticipant(Staff.of(auth), id, request));
    }

    /**
     * 201 (tasks: 200 on marking) with the part; 422 for a participant of the other body without a consent naming it
     * for FOLLOWUP; 400 naming the field, e.g. a `participantId` or `goalId` not of this plan; task `overdue` when its
     * day has passed undone.
     *
     * Who may call it: the keeping body.
     */
    @Post("/sips/{id}/goals")
    public HttpResponse<SipParts.Goal> goal(UUID id, @Body Sips.GoalRequest request, Authentication auth) {
        return HttpResponse.created(sips.addGoal(Staff.of(auth), id, request));
    }

    /**
     * 201 (tasks: 200 on marking) with the part; 422 for a participant of the other body without a consent naming it
     * for FOLLOWUP; 400 naming the field, e.g. a `participantId` or `goalId` not of this plan; task `overdue` when its
     * day has passed undone.
     *
     * Who may call it: the keeping body.
     */
    @Post("/sips/{id}/tasks")
    public HttpResponse<SipParts.Task> task(UUID id, @Body Sips.TaskRequest request, Authentication auth) {
        return HttpResponse.created(sips.addTask(Staff.of(auth), id, request));
    }

    /** {@code {"done": true}} marks the task done; false reopens it. */
    @Post("/sips/{id}/tasks/{taskId}")
    public SipParts.Task markTask(UUID id, UUID taskId, @Body Sips.TaskUpdate update, Authentication auth) {
        return sips.markTask(Staff.of(auth), id, taskId, update);
    }

    /**
     * `{"clientId","reviewOn"}` → 201 CALLED (422 without the client's consent to the other body);
     * `{"status":"CALLED|INVITED|HELD|FOLLOWED_UP","adherence"?:"LARGELY|PARTLY|NOT_AT_ALL","reviewOn"?}`;
     * `reviewOverdue` flagged.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/clients/{clientId}/sips")
    public Visible<SipPlan> forClient(UUID clientId, Authentication auth) {
        return sips.forClient(Staff.of(auth), clientId);
    }
}
