package se.huset.rollout.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;
import se.huset.rollout.cost.CostCategory;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.plan.PlanRepository;
import se.huset.rollout.plan.Status;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The steering group's register page ({@code rollout/register}) with its three forms: an action plan, a joint
 * training, a shared cost. Each form carries a request key (Idempotency-Key semantics), so a double click registers
 * once; a refused form comes back with the user's input and the messages next to its fields.
 */
@Singleton
public class RegisterForms {

    static final String VIEW = "rollout/register";
    /** Each form and the prefix of its fields' ids. */
    private static final Map<String, String> FORMS = Map.of("action-plan", "ap-", "training", "tr-", "cost", "co-");

    private final PlanRepository plan;
    private final KpiBoard kpis;
    private final Idempotency idempotency;
    private final Validator validator;
    private final PageMessages messages;

    public RegisterForms(PlanRepository plan, KpiBoard kpis, Idempotency idempotency, Validator validator,
                         PageMessages messages) {
        this.plan = plan;
        this.kpis = kpis;
        this.idempotency = idempotency;
        this.validator = validator;
        this.messages = messages;
    }

    public FieldErrors errors(HttpRequest<?> request) {
        return messages.forRequest(request).errors();
    }

    /**
     * Registers {@code command} once per request key when neither the form's fields ({@code errors}) nor its
     * constraints object; redirects (303) to the page, or shows it again with status 400.
     */
    public HttpResponse<?> submit(String which, FormData form, FieldErrors errors, Object command,
                                  HttpRequest<?> request, Supplier<?> create) {
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                idempotency.once("rollout.form." + which, form.orNull("requestKey"), create);
                return HttpResponse.seeOther(URI.create("/rollout/register?saved=" + which));
            } catch (ProblemException e) {
                errors.add(e);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(which, form, errors, null, request));
    }

    /** The page; only the form that failed ({@code failed}) shows the user's input and its errors. */
    public ModelAndView<Map<String, Object>> page(@Nullable String failed, FormData form, FieldErrors errors,
                                                  @Nullable String saved, HttpRequest<?> request) {
        Map<String, FormData> forms = new HashMap<>();
        Map<String, PrefixedErrors> formErrors = new HashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        FORMS.forEach((which, prefix) -> {
            boolean shown = which.equals(failed);
            forms.put(which, shown ? form : FormData.empty());
            formErrors.put(which, new PrefixedErrors(prefix, shown ? errors : errors(request)));
            keys.put(which, UUID.randomUUID().toString());
        });
        Map<String, Object> model = new HashMap<>();
        model.put("forms", forms);
        model.put("formErrors", formErrors);
        model.put("saved", saved);
        model.put("milestones", plan.all());
        model.put("kpis", kpis.current());
        model.put("statuses", Status.values());
        model.put("categories", CostCategory.values());
        model.put("keys", keys);
        return new ModelAndView<>(VIEW, model);
    }
}
