package se.huset.rollout.cost;

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

/** The register page's shared-cost form ({@link RegisterForms}): split 50–50 between the two principals. */
@Controller("/rollout/register")
@Secured(Roles.STEERING)
public class CostRegisterPage {

    private final SharedCosts costs;
    private final RegisterForms forms;

    public CostRegisterPage(SharedCosts costs, RegisterForms forms) {
        this.costs = costs;
        this.forms = forms;
    }

    @Post("/cost")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> cost(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication authentication) {
        FormData form = FormData.from(body);
        FieldErrors errors = forms.errors(request);
        EnterCostRequest command = new EnterCostRequest(form.integer("year", errors), form.value("category"),
                form.decimal("amountSek", errors), form.orNull("note"));
        return forms.submit("cost", form, errors, command, request, () -> costs.enter(Staff.of(authentication), command));
    }
}
