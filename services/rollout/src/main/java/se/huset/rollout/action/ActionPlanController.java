package se.huset.rollout.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;
import se.huset.kit.list.ListParams;

import java.util.Locale;
import java.util.UUID;

@Controller("/api/rollout/action-plans")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class ActionPlanController {

    private final ActionPlans plans;
    private final Idempotency idempotency;

    public ActionPlanController(ActionPlans plans, Idempotency idempotency) {
        this.plans = plans;
        this.idempotency = idempotency;
    }

    /** Open plans first, the most overdue first; filters {@code status} and {@code milestone}. */
    @Get
    public Page<ActionPlan> list(@Nullable @QueryValue String status, @Nullable @QueryValue String milestone,
                                 @Nullable @QueryValue String limit, @Nullable @QueryValue String after) {
        return plans.page(status == null || status.isBlank() ? null : ActionPlans.status(status.toUpperCase(Locale.ROOT)),
                milestone == null || milestone.isBlank() ? null : milestone.strip(),
                Cursor.parse("after", after, 3).orElse(null), ListParams.limit(limit));
    }

    /**
     * Action plans (seed 003): `title`, `responsible`, `activities`, `startsOn`, `endsOn`, `resources`, `followUp`,
     * `milestone` or `kpi`, `status`; GET answers a page `{"items","next","withheld"}`, open before done and earliest
     * end (most overdue) first; PATCH `{"status"}`.
     *
     * Who may call it: read: all staff, USER_ORG; write: STEERING.
     */
    @Post
    @Secured(Roles.STEERING)
    public HttpResponse<?> create(@Valid @Body CreateActionPlanRequest request,
                                  @Nullable @Header(Idempotency.HEADER) String key, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("rollout.action-plan", key, () -> plans.create(staff, request));
    }

    /**
     * Action plans (seed 003): `title`, `responsible`, `activities`, `startsOn`, `endsOn`, `resources`, `followUp`,
     * `milestone` or `kpi`, `status`; GET answers a page `{"items","next","withheld"}`, open before done and earliest
     * end (most overdue) first; PATCH `{"status"}`.
     *
     * Who may call it: read: all staff, USER_ORG; write: STEERING.
     */
    @Patch("/{id}")
    @Secured(Roles.STEERING)
    public ActionPlan setStatus(UUID id, @Valid @Body StatusChange change) {
        return plans.setStatus(id, change.status());
    }

    @Serdeable
    public record StatusChange(@NotBlank String status) {
    }
}
