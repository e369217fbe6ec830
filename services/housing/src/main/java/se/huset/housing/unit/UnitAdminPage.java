package se.huset.housing.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.huset.contracts.security.Roles;
import se.huset.housing.form.Forms;
import se.huset.housing.form.PageErrors;
import se.huset.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ADMIN's pages for units: list, create and edit (capacity, age limit, decision, provider and daily cost). */
@Controller("/housing/admin/units")
@Secured(Roles.ADMIN)
public class UnitAdminPage {

    private static final URI LIST = URI.create("/housing/admin/units");

    private final UnitRepository units;
    private final ManagingUnits managing;
    private final Validator validator;

    public UnitAdminPage(UnitRepository units, ManagingUnits managing, Validator validator) {
        this.units = units;
        this.managing = managing;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("housing/admin-units", Map.of("units", units.all()));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> newUnit() {
        return form(null, UnitForm.empty(), PageErrors.none());
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body UnitForm form) {
        return save(null, form);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> edit(UUID id) {
        Unit unit = existing(id);
        return form(unit, UnitForm.of(unit), PageErrors.none());
    }

    @Post(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(UUID id, @Body UnitForm form) {
        return save(existing(id), form);
    }

    private HttpResponse<?> save(@Nullable Unit unit, UnitForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        UnitType type = Forms.choice(UnitType.class, form.type(), "type", true, errors);
        Integer capacity = Forms.integer(form.capacity(), "capacity", true, errors);
        Integer minAge = Forms.integer(form.minAge(), "minAge", false, errors);
        BigDecimal cost = Forms.decimal(form.costPerDay(), "costPerDay", errors);
        UnitRequest request = new UnitRequest(form.name(), type, capacity, minAge,
                "true".equals(form.requiresDecision()), form.provider(), cost);
        for (ConstraintViolation<UnitRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            errors.putIfAbsent(field, "form.error." + field);
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(unit, form, PageErrors.fields(errors)));
        }
        try {
            if (unit == null) {
                managing.create(request);
            } else {
                managing.update(unit.id(), request);
            }
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return HttpResponse.status(HttpStatus.valueOf(pageErrors.status())).body(form(unit, form, pageErrors));
        }
        return HttpResponse.seeOther(LIST);
    }

    private Unit existing(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    private static ModelAndView<Map<String, Object>> form(@Nullable Unit unit, UnitForm form, PageErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("form", form);
        model.put("errors", errors);
        model.put("types", List.of(UnitType.values()));
        model.put("action", unit == null ? "/housing/admin/units" : "/housing/admin/units/" + unit.id());
        return new ModelAndView<>("housing/admin-unit-form", model);
    }

    @Serdeable
    public record UnitForm(@Nullable String name, @Nullable String type, @Nullable String capacity,
                           @Nullable String minAge, @Nullable String requiresDecision, @Nullable String provider,
                           @Nullable String costPerDay) {

        static UnitForm empty() {
            return new UnitForm("", UnitType.SUPPORTED.name(), "", "", null, "", "");
        }

        static UnitForm of(Unit u) {
            return new UnitForm(u.name(), u.type().name(), String.valueOf(u.capacity()),
                    u.minAge() == null ? "" : String.valueOf(u.minAge()), u.requiresDecision() ? "true" : null,
                    u.provider() == null ? "" : u.provider(),
                    u.costPerDay() == null ? "" : u.costPerDay().toPlainString());
        }
    }
}
