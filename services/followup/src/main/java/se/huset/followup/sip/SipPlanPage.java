package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One SIP plan with its status, participants, goals and who does what, each changed by a plain form. A refused
 * change (a bad field, a missing consent) shows the plan again with the reason; a saved one redirects.
 */
@Controller("/followup/sips/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class SipPlanPage {

    private final Sips sips;
    private final PageMessages messages;

    public SipPlanPage(Sips sips, PageMessages messages) {
        this.sips = sips;
        this.messages = messages;
    }

    @Get
    public ModelAndView<Map<String, Object>> plan(UUID id, @Nullable @QueryValue String saved, HttpRequest<?> request,
                                                  Authentication auth) {
        return page(Staff.of(auth), id, messages.forRequest(request).errors(), saved != null);
    }

    @Post
    public Object update(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        return change(request, staff, id, () -> sips.update(staff, id, new Sips.SipUpdate(form.orNull("status"),
                form.orNull("adherence"), form.orNull("reviewOn"))));
    }

    @Post("/participants")
    public Object participant(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                              Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        return change(request, staff, id, () -> sips.addParticipant(staff, id, new Sips.ParticipantRequest(
                form.orNull("name"), form.orNull("function"), form.orNull("party"))));
    }

    @Post("/goals")
    public Object goal(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        return change(request, staff, id, () -> sips.addGoal(staff, id, new Sips.GoalRequest(form.orNull("text"))));
    }

    @Post("/tasks")
    public Object task(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        return change(request, staff, id, () -> sips.addTask(staff, id, new Sips.TaskRequest(form.orNull("what"),
                form.orNull("participantId"), form.orNull("goalId"), form.orNull("dueOn"))));
    }

    @Post("/tasks/{taskId}")
    public Object markTask(UUID id, UUID taskId, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                           Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        return change(request, staff, id, () -> sips.markTask(staff, id, taskId,
                new Sips.TaskUpdate("true".equals(form.value("done")))));
    }

    private Object change(HttpRequest<?> request, Staff staff, UUID id, Supplier<?> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/followup/sips/" + id + "?saved=1"));
        } catch (ProblemException e) {
            if (!shown(e)) {
                throw e;
            }
            FieldErrors errors = messages.forRequest(request).errors();
            errors.add(e);
            return page(staff, id, errors, false);
        }
    }

    /** A bad field or a missing consent is told on the page; not found and forbidden stay errors. */
    static boolean shown(ProblemException e) {
        return e.problem().status() == 400 || e.problem().status() == 422;
    }

    private ModelAndView<Map<String, Object>> page(Staff staff, UUID id, FieldErrors errors, boolean saved) {
        SipParts.Detail detail = sips.detail(staff, id);
        Map<String, Object> model = new HashMap<>();
        model.put("d", detail);
        model.put("p", detail.plan());
        model.put("keeper", staff.org() != null && staff.org().name().equals(detail.plan().ownerOrg()));
        model.put("statuses", SipPlan.Status.values());
        model.put("adherences", SipPlan.Adherence.values());
        model.put("parties", SipParts.Party.values());
        model.put("goalTexts", detail.goals().stream().collect(Collectors.toMap(SipParts.Goal::id, SipParts.Goal::text)));
        model.put("errors", errors);
        model.put("saved", saved);
        return new ModelAndView<>("followup/sip", model);
    }
}
