package se.huset.rollout.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.web.FormData;

import java.util.Map;

/**
 * The steering group's forms, shown empty ({@link RegisterForms}); each posts to its feature's page: action plans
 * ({@code action.ActionPlanRegisterPage}), training ({@code training.TrainingRegisterPage}), costs
 * ({@code cost.CostRegisterPage}).
 */
@Controller("/rollout/register")
@Secured(Roles.STEERING)
public class RegisterPage {

    private final RegisterForms forms;

    public RegisterPage(RegisterForms forms) {
        this.forms = forms;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@Nullable @QueryValue String saved, HttpRequest<?> request) {
        return forms.page(null, FormData.empty(), forms.errors(request), saved, request);
    }
}
