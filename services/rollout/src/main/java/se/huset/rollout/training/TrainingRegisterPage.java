package se.huset.rollout.training;

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

/** The register page's joint-training form ({@link RegisterForms}). */
@Controller("/rollout/register")
@Secured(Roles.STEERING)
public class TrainingRegisterPage {

    private final TrainingRegister trainings;
    private final RegisterForms forms;

    public TrainingRegisterPage(TrainingRegister trainings, RegisterForms forms) {
        this.trainings = trainings;
        this.forms = forms;
    }

    @Post("/training")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> training(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                    Authentication authentication) {
        FormData form = FormData.from(body);
        FieldErrors errors = forms.errors(request);
        RegisterTrainingRequest command = new RegisterTrainingRequest(form.value("title"),
                form.date("heldOn", errors), form.decimal("hours", errors), form.integer("region", errors),
                form.integer("kommun", errors), form.integer("userOrg", errors));
        return forms.submit("training", form, errors, command, request,
                () -> trainings.register(Staff.of(authentication), command));
    }
}
