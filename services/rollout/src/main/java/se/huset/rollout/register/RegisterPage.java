package se.huset.rollout.register;

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
import jakarta.validation.Validator;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.PageMessages;
import se.huset.rollout.action.ActionPlans;
import se.huset.rollout.action.CreateActionPlanRequest;
import se.huset.rollout.cost.CostCategory;
import se.huset.rollout.cost.EnterCostRequest;
import se.huset.rollout.cost.SharedCosts;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.plan.PlanRepository;
import se.huset.rollout.plan.Status;
import se.huset.rollout.training.RegisterTrainingRequest;
import se.huset.rollout.training.TrainingRegister;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The steering group's forms: an action plan, a joint training, a shared cost. Each form carries a request key
 * (Idempotency-Key semantics), so a double click registers once; errors come back next to their fields.
 */
@Controller("/rollout/register")
@Secured(Roles.STEERING)
public class RegisterPage {

    static final String VIEW = "rollout/register";

    private final ActionPlans actions;
    private final TrainingRegister trainings;
    private final SharedCosts costs;
    private final PlanRepository plan;
    private final KpiBoard kpis;
    private final Idempotency idempotency;
    private final Validator validator;
    private final PageMessages messages;

    public RegisterPage(ActionPlans actions, TrainingRegister trainings, SharedCosts costs, PlanRepository plan,
                        KpiBoard kpis, Idempotency idempotency, Validator validator,
                        PageMessages messages) {
        this.actions = actions;
        this.trainings = trainings;
        this.costs = costs;
        this.plan = plan;
        this.kpis = kpis;
        this.idempotency = idempotency;
        this.validator = validator;
        this.messages = messages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@Nullable @QueryValue String saved) {
        return new ModelAndView<>(VIEW, model(null, Map.of(), Map.of(), saved));
    }

    @Post("/action-plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> actionPlan(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                      Authentication authentication) {
        Map<String, String> form = form(body);
        Map<String, String> errors = new LinkedHashMap<>();
        CreateActionPlanRequest command = new CreateActionPlanRequest(form.get("title"), form.get("responsible"),
                form.get("activities"), date(form, "startsOn", errors), date(form, "endsOn", errors),
                form.get("resources"), form.get("followUp"), blank(form.get("milestone")), blank(form.get("kpi")),
                form.get("status"));
        return submit("action-plan", form, errors, command, request,
                () -> actions.create(Staff.of(authentication), command));
    }

    @Post("/training")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> training(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                    Authentication authentication) {
        Map<String, String> form = form(body);
        Map<String, String> errors = new LinkedHashMap<>();
        RegisterTrainingRequest command = new RegisterTrainingRequest(form.get("title"),
                date(form, "heldOn", errors), decimal(form, "hours", errors), integer(form, "region", errors),
                integer(form, "kommun", errors), integer(form, "userOrg", errors));
        return submit("training", form, errors, command, request,
                () -> trainings.register(Staff.of(authentication), command));
    }

    @Post("/cost")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> cost(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication authentication) {
        Map<String, String> form = form(body);
        Map<String, String> errors = new LinkedHashMap<>();
        EnterCostRequest command = new EnterCostRequest(integer(form, "year", errors), form.get("category"),
                decimal(form, "amountSek", errors), blank(form.get("note")));
        return submit("cost", form, errors, command, request, () -> costs.enter(Staff.of(authentication), command));
    }

    private HttpResponse<?> submit(String which, Map<String, String> form, Map<String, String> errors, Object command,
                                   HttpRequest<?> request, Supplier<?> create) {
        FieldErrors found = messages.forRequest(request).errors();
        errors.forEach(found::add);
        found.addAll(validator.validate(command));
        if (found.isEmpty()) {
            try {
                idempotency.once("rollout.form." + which, form.get("requestKey").isEmpty() ? null : form.get("requestKey"),
                        create);
                return HttpResponse.seeOther(URI.create("/rollout/register?saved=" + which));
            } catch (ProblemException e) {
                found.add(e);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(VIEW, model(which, form, found.all(), null)));
    }

    private Map<String, Object> model(@Nullable String failed, Map<String, String> form, Map<String, String> errors,
                                      @Nullable String saved) {
        Map<String, Object> model = new HashMap<>();
        // each form sees only its own values and errors
        Map<String, Map<String, String>> forms = new HashMap<>();
        Map<String, Map<String, String>> errorsByForm = new HashMap<>();
        for (String which : new String[] {"action-plan", "training", "cost"}) {
            forms.put(which, which.equals(failed) ? form : Map.of());
            errorsByForm.put(which, which.equals(failed) ? errors : Map.of());
        }
        model.put("forms", forms);
        model.put("errors", errorsByForm);
        model.put("saved", saved);
        model.put("milestones", plan.all());
        model.put("kpis", kpis.current());
        model.put("statuses", Status.values());
        model.put("categories", CostCategory.values());
        model.put("keys", Map.of("action-plan", UUID.randomUUID().toString(), "training", UUID.randomUUID().toString(),
                "cost", UUID.randomUUID().toString()));
        return model;
    }

    private static Map<String, String> form(@Nullable Map<String, Object> body) {
        Map<String, String> form = new HashMap<>();
        if (body != null) {
            body.forEach((k, v) -> form.put(k, v == null ? "" : String.valueOf(v).strip()));
        }
        return new FormView(form);
    }

    @Nullable
    private static String blank(@Nullable String v) {
        return v == null || v.isBlank() ? null : v;
    }

    @Nullable
    private static LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
        String v = form.get(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date (YYYY-MM-DD)");
            return null;
        }
    }

    @Nullable
    private static Integer integer(Map<String, String> form, String field, Map<String, String> errors) {
        String v = form.get(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    @Nullable
    private static BigDecimal decimal(Map<String, String> form, String field, Map<String, String> errors) {
        // Swedish input: a decimal comma and spaces between thousands
        String v = form.get(field).replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.put(field, "must be a number");
            return null;
        }
    }

    /** A submitted form where a missing field reads as empty text. */
    static final class FormView extends HashMap<String, String> {
        FormView(Map<String, String> values) {
            super(values);
        }

        @Override
        public String get(Object key) {
            String v = super.get(key);
            return v == null ? "" : v;
        }
    }
}
