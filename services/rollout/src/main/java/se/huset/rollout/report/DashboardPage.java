package se.huset.rollout.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;
import se.huset.kit.list.ListParams;
import se.huset.rollout.action.ActionPlan;
import se.huset.rollout.action.ActionPlans;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The steering group's dashboard: the plan on a three-year timeline, the KPIs, action plans, training, costs. */
@Controller("/rollout")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class DashboardPage {

    private final Dashboard dashboard;
    private final ActionPlans actions;
    private final PageMessages messages;

    public DashboardPage(Dashboard dashboard, ActionPlans actions, PageMessages messages) {
        this.dashboard = dashboard;
        this.actions = actions;
        this.messages = messages;
    }

    /** The board; its action plans are paged ({@code ?after=&limit=}) and may be narrowed to one milestone. */
    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> dashboard(@Nullable @QueryValue String milestone,
                                                                     @Nullable @QueryValue String limit,
                                                                     @Nullable @QueryValue String after,
                                                                     HttpRequest<?> request,
                                                                     Authentication authentication) {
        Map<String, Object> model = dashboard.model(messages.forRequest(request).dates());
        model.put("pdf", false);
        model.put("canEdit", Staff.of(authentication).has(Roles.STEERING));
        Page<ActionPlan> page;
        HttpStatus status = HttpStatus.OK;
        try {
            page = actions.page(null, milestone == null || milestone.isBlank() ? null : milestone.strip(),
                    Cursor.parse("after", after, 3).orElse(null), ListParams.limit(limit));
        } catch (ProblemException e) {
            page = new Page<>(List.of(), null, 0);
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("actions", page.items());
        model.put("actionsNext", PageLinks.next(request, page));
        model.put("actionsFirst", PageLinks.first(request));
        return HttpResponse.status(status).body(new ModelAndView<>("rollout/dashboard", model));
    }

    /** The steering group moves an action plan along from its row on the dashboard. */
    @Post("/action-plans/{id}/status")
    @Secured(Roles.STEERING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> actionPlanStatus(UUID id, @Nullable @Body Map<String, Object> body) {
        Object status = body == null ? null : body.get("status");
        actions.setStatus(id, status == null ? "" : String.valueOf(status));
        return HttpResponse.seeOther(URI.create("/rollout#actions-heading"));
    }
}
