package se.huset.rollout.plan;

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
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.list.Page;
import se.huset.kit.list.ListParams;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;
import se.huset.rollout.action.ActionPlan;
import se.huset.rollout.action.ActionPlans;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.report.Figures;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One milestone with its history; the steering group edits it here with an ordinary form post. */
@Controller("/rollout/milestones")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class MilestonePage {

    static final String VIEW = "rollout/milestone";

    private final PlanRepository plan;
    private final EditingMilestone editing;
    private final KpiBoard kpis;
    private final ActionPlans actions;
    private final PageMessages messages;

    public MilestonePage(PlanRepository plan, EditingMilestone editing, KpiBoard kpis, ActionPlans actions,
                         PageMessages messages) {
        this.plan = plan;
        this.kpis = kpis;
        this.actions = actions;
        this.editing = editing;
        this.messages = messages;
    }

    /**
     * The dashboard; one milestone with its history and, for STEERING, the edit form.
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> show(String code, @Nullable @QueryValue Boolean saved, HttpRequest<?> request,
                                Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return plan.one(code)
                .<HttpResponse<?>>map(m -> HttpResponse.ok(new ModelAndView<>(VIEW,
                        model(m, authentication, formOf(m), texts.errors(), texts, Boolean.TRUE.equals(saved)))))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND)
                        .body(new ModelAndView<>("rollout/missing", new HashMap<>(Map.of("code", code)))));
    }

    @Post("/{code}")
    @Secured(Roles.STEERING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> edit(String code, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication authentication) {
        FormData form = FormData.from(body);
        Milestone current = plan.one(code).orElse(null);
        if (current == null) {
            return HttpResponse.status(HttpStatus.NOT_FOUND)
                    .body(new ModelAndView<>("rollout/missing", new HashMap<>(Map.of("code", code))));
        }
        try {
            editing.edit(Staff.of(authentication), code, new EditMilestoneRequest(form.value("status"),
                    form.value("evidence"), current.decisionRequired() ? form.value("decision") : null,
                    current.decisionRequired() ? form.value("decidedOn") : null));
            return HttpResponse.seeOther(URI.create("/rollout/milestones/" + code + "?saved=true"));
        } catch (ProblemException e) {
            PageMessages.Translator texts = messages.forRequest(request);
            FieldErrors errors = texts.errors();
            errors.add(e);
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>(VIEW, model(current, authentication, form, errors, texts, false)));
        }
    }

    private Map<String, Object> model(Milestone m, Authentication authentication, FormData form,
                                      FieldErrors errors, PageMessages.Translator texts, boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", m);
        model.put("history", plan.history(m.code()));
        model.put("canEdit", Staff.of(authentication).has(Roles.STEERING));
        model.put("statuses", Status.values());
        model.put("form", form);
        model.put("errors", errors);
        model.put("saved", saved);
        model.put("fmt", texts.dates());
        model.put("figures", Figures.INSTANCE);
        model.put("kpis", kpis.current().stream().filter(k -> m.code().equals(k.milestone())).toList());
        Page<ActionPlan> linked = actions.page(null, m.code(), null, ListParams.DEFAULT_LIMIT);
        model.put("actions", linked.items());
        model.put("moreActions", linked.hasNext());
        return model;
    }

    private static FormData formOf(Milestone m) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", m.status().name());
        form.put("evidence", m.evidence() == null ? "" : m.evidence());
        form.put("decision", m.decision() == null ? "" : m.decision());
        form.put("decidedOn", m.decidedOn() == null ? "" : m.decidedOn().toString());
        return FormData.of(form);
    }
}
