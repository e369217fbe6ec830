package se.huset.rollout.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.rollout.register.RegisterForms;

import java.util.Map;

/** The register page's action-plan form ({@link RegisterForms}). */
@Controller("/rollout/register")
@Secured(Roles.STEERING)
public class ActionPlanRegisterPage {

    private final ActionPlans actions;
    private final RegisterForms forms;

    public ActionPlanRegisterPage(ActionPlans actions, RegisterForms forms) {
        this.actions = actions;
        this.forms = forms;
    }

    @Post("/action-plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> actionPlan(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                      Authentication authentication) {
        FormData form = FormData.from(body);
        FieldErrors errors = forms.errors(request);
        CreateActionPlanRequest command = new CreateActionPlanRequest(form.value("title"), form.value("responsible"),
                form.value("activities"), form.date("startsOn", errors), form.date("endsOn", errors),
                form.value("resources"), form.value("followUp"), form.orNull("milestone"), form.orNull("kpi"),
                form.value("status"));
        return forms.submit("action-plan", form, errors, command, request,
                () -> actions.create(Staff.of(authentication), command));
    }
}
