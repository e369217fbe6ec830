package se.huset.programs.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.EditingCatalog;
import se.huset.programs.catalog.Program;
import se.huset.programs.catalog.ProgramInput;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ADMIN's edit form for one catalogue entry; errors are shown next to the field they name. */
@Controller("/programs/catalog")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.ADMIN)
public class CatalogPages {

    private final CatalogRepository catalog;
    private final EditingCatalog editing;

    public CatalogPages(CatalogRepository catalog, EditingCatalog editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @Get("/{code}/edit")
    public ModelAndView<Map<String, Object>> edit(String code) {
        Program p = catalog.find(code).orElseThrow(() -> ProblemException.notFound("programme " + code));
        Map<String, String> form = new HashMap<>();
        form.put("name", p.name());
        form.put("format", p.format().name());
        form.put("goalType", p.goalType().name());
        form.put("plannedSessions", String.valueOf(p.plannedSessions()));
        form.put("minAge", p.minAge() == null ? "" : String.valueOf(p.minAge()));
        p.orgs().forEach(o -> form.put("org." + o, "on"));
        form.put("description", p.description());
        return page(code, form, null, null);
    }

    @Post("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(String code, @Body Map<String, String> form) {
        catalog.find(code).orElseThrow(() -> ProblemException.notFound("programme " + code));
        try {
            editing.save(code, input(form));
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            var error = e.problem().errors().get(0);
            return page(code, form, error.field(), error.message());
        }
        return HttpResponse.seeOther(URI.create("/programs/catalog"));
    }

    private static ProgramInput input(Map<String, String> form) {
        List<String> orgs = new ArrayList<>();
        for (String org : List.of("REGION", "KOMMUN")) {
            if (form.containsKey("org." + org)) {
                orgs.add(org);
            }
        }
        return new ProgramInput(form.get("name"), choice(Program.Format.class, "format", form.get("format")),
                choice(Program.GoalType.class, "goalType", form.get("goalType")),
                number("plannedSessions", form.get("plannedSessions"), false),
                number("minAge", form.get("minAge"), true), orgs, form.get("description"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, @Nullable String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "choose one of the options");
        }
    }

    private static Integer number(String field, @Nullable String text, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return null;
            }
            throw ProblemException.invalid(field, "is required");
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    private ModelAndView<Map<String, Object>> page(String code, Map<String, String> form, @Nullable String field,
                                                   @Nullable String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("code", code);
        model.put("form", form);
        model.put("field", field);
        model.put("message", message);
        model.put("formats", List.of(Program.Format.values()).stream().map(Enum::name).toList());
        model.put("goalTypes", List.of(Program.GoalType.values()).stream().map(Enum::name).toList());
        return new ModelAndView<>("programs/catalog-edit", model);
    }
}
