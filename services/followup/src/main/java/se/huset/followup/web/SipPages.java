package se.huset.followup.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.huset.kit.list.Page;
import se.huset.kit.web.PageLinks;
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
import se.huset.followup.FollowupSettings;
import se.huset.followup.sip.SipParts;
import se.huset.followup.sip.SipPlan;
import se.huset.followup.sip.Sips;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The SIP pages: the plans the reader may see (overdue reviews flagged) with a form to call a new one, and one plan
 * with its status, participants, goals and who does what, each changed by a plain form. A refused change (a bad
 * field, a missing consent) shows the plan again with the reason.
 */
@Controller("/followup/sips")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class SipPages {

    private final Sips sips;
    private final FollowupSettings settings;

    public SipPages(Sips sips, FollowupSettings settings) {
        this.sips = sips;
        this.settings = settings;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, @Nullable @QueryValue String clientId,
                                                                Authentication auth) {
        try {
            return HttpResponse.ok(listPage(Staff.of(auth), request, null, Map.of("clientId", clientId == null ? "" : clientId)));
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("plans", List.of());
            model.put("withheld", 0);
            model.put("overdueOnly", false);
            model.put("overdueCount", 0L);
            model.put("typed", Map.of());
            model.put("today", settings.today());
            model.put("invalid", e.problem().errors().get(0).field());
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>("followup/sips", model));
        }
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(HttpRequest<?> request, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        try {
            SipPlan plan = sips.create(staff, new Sips.SipRequest(form.get("clientId"), form.get("reviewOn")));
            return HttpResponse.seeOther(URI.create("/followup/sips/" + plan.id()));
        } catch (ProblemException e) {
            if (!shown(e)) {
                throw e;
            }
            return listPage(staff, request, e.problem().detail(), form);
        }
    }

    @Get("/{id}")
    public ModelAndView<Map<String, Object>> plan(UUID id, @Nullable @QueryValue String saved, Authentication auth) {
        return planPage(Staff.of(auth), id, null, saved != null);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        return change(staff, id, () -> sips.update(staff, id, new Sips.SipUpdate(form.get("status"), form.get("adherence"),
                form.get("reviewOn"))));
    }

    @Post("/{id}/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object participant(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        return change(staff, id, () -> sips.addParticipant(staff, id, new Sips.ParticipantRequest(form.get("name"),
                form.get("function"), form.get("party"))));
    }

    @Post("/{id}/goals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object goal(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        return change(staff, id, () -> sips.addGoal(staff, id, new Sips.GoalRequest(form.get("text"))));
    }

    @Post("/{id}/tasks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object task(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        return change(staff, id, () -> sips.addTask(staff, id, new Sips.TaskRequest(form.get("what"),
                form.get("participantId"), form.get("goalId"), form.get("dueOn"))));
    }

    @Post("/{id}/tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object markTask(UUID id, UUID taskId, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        return change(staff, id, () -> sips.markTask(staff, id, taskId, new Sips.TaskUpdate("true".equals(form.get("done")))));
    }

    private Object change(Staff staff, UUID id, Supplier<?> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/followup/sips/" + id + "?saved=1"));
        } catch (ProblemException e) {
            if (!shown(e)) {
                throw e;
            }
            return planPage(staff, id, e.problem().detail(), false);
        }
    }

    /** A bad field or a missing consent is told on the page; not found and forbidden stay errors. */
    private static boolean shown(ProblemException e) {
        return e.problem().status() == 400 || e.problem().status() == 422;
    }

    private ModelAndView<Map<String, Object>> listPage(Staff staff, HttpRequest<?> request, @Nullable String error,
                                                       Map<String, String> typed) {
        Page<SipPlan> plans = sips.list(staff, request);
        Map<String, Object> model = new HashMap<>();
        model.put("plans", plans.items());
        model.put("withheld", plans.withheld());
        model.put("overdueOnly", "true".equals(request.getParameters().get("overdue")));
        model.put("overdueCount", plans.items().stream().filter(SipPlan::reviewOverdue).count());
        model.put("next", PageLinks.next(request, plans));
        model.put("first", PageLinks.first(request));
        model.put("error", error);
        model.put("typed", typed);
        model.put("today", settings.today());
        return new ModelAndView<>("followup/sips", model);
    }

    private ModelAndView<Map<String, Object>> planPage(Staff staff, UUID id, @Nullable String error, boolean saved) {
        SipParts.Detail detail = sips.detail(staff, id);
        Map<String, Object> model = new HashMap<>();
        model.put("d", detail);
        model.put("p", detail.plan());
        model.put("keeper", staff.org() != null && staff.org().name().equals(detail.plan().ownerOrg()));
        model.put("statuses", SipPlan.Status.values());
        model.put("adherences", SipPlan.Adherence.values());
        model.put("parties", SipParts.Party.values());
        model.put("goalTexts", detail.goals().stream().collect(Collectors.toMap(SipParts.Goal::id, SipParts.Goal::text)));
        model.put("error", error);
        model.put("saved", saved);
        return new ModelAndView<>("followup/sip", model);
    }
}
