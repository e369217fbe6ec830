package se.huset.housing.unit;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** ADMIN's pages for units: list, create and edit (capacity, age limit, decision, provider and daily cost). */
@Controller("/housing/admin/units")
@Secured(Roles.ADMIN)
public class UnitAdminPage {

    private static final URI LIST = URI.create("/housing/admin/units");

    private final UnitRepository units;
    private final ManagingUnits managing;
    private final Validator validator;
    private final PageMessages messages;

    public UnitAdminPage(UnitRepository units, ManagingUnits managing, Validator validator, PageMessages messages) {
        this.units = units;
        this.managing = managing;
        this.validator = validator;
        this.messages = messages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("housing/admin-units", Map.of("units", units.all()));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> newUnit(HttpRequest<?> request) {
        return form(null, FormData.of(Map.of("type", UnitType.SUPPORTED.name())),
                messages.forRequest(request).errors());
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        return save(null, FormData.from(body), request);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> edit(UUID id, HttpRequest<?> request) {
        Unit unit = existing(id);
        return form(unit, formOf(unit), messages.forRequest(request).errors());
    }

    @Post(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        return save(existing(id), FormData.from(body), request);
    }

    private HttpResponse<?> save(@Nullable Unit unit, FormData form, HttpRequest<?> http) {
        PageMessages.Translator texts = messages.forRequest(http);
        FieldErrors errors = texts.errors();
        form.required("type", errors);
        form.required("capacity", errors);
        UnitRequest request = new UnitRequest(form.value("name"), form.oneOf(UnitType.class, "type", errors),
                form.integer("capacity", errors), form.integer("minAge", errors), form.checked("requiresDecision"),
                form.value("provider"), form.decimal("costPerDay", errors));
        errors.addAll(validator.validate(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(unit, form, errors));
        }
        try {
            if (unit == null) {
                managing.create(request);
            } else {
                managing.update(unit.id(), request);
            }
        } catch (ProblemException e) {
            if (e.problem().errors() == null || e.problem().errors().isEmpty()) {
                errors.add(FieldErrors.FORM, texts.text("refused." + e.problem().status(),
                        Objects.toString(e.problem().detail(), "")));
            }
            errors.add(e);
            return HttpResponse.status(HttpStatus.valueOf(e.problem().status())).body(form(unit, form, errors));
        }
        return HttpResponse.seeOther(LIST);
    }

    private Unit existing(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    private static FormData formOf(Unit u) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", u.name());
        values.put("type", u.type().name());
        values.put("capacity", String.valueOf(u.capacity()));
        values.put("minAge", u.minAge() == null ? "" : String.valueOf(u.minAge()));
        values.put("requiresDecision", u.requiresDecision() ? "true" : "");
        values.put("provider", u.provider() == null ? "" : u.provider());
        values.put("costPerDay", u.costPerDay() == null ? "" : u.costPerDay().toPlainString());
        return FormData.of(values);
    }

    private static ModelAndView<Map<String, Object>> form(@Nullable Unit unit, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("form", form);
        model.put("errors", errors);
        model.put("types", List.of(UnitType.values()));
        model.put("action", unit == null ? "/housing/admin/units" : "/housing/admin/units/" + unit.id());
        return new ModelAndView<>("housing/admin-unit-form", model);
    }
}
