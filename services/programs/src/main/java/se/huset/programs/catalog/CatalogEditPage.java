package se.huset.programs.catalog;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ADMIN's edit form for one catalogue entry; errors are shown next to the field they name. */
@Controller("/programs/catalog")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.ADMIN)
public class CatalogEditPage {

    private static final List<String> ORGS = List.of("REGION", "KOMMUN");

    private final CatalogRepository catalog;
    private final EditingCatalog editing;
    private final PageMessages messages;

    public CatalogEditPage(CatalogRepository catalog, EditingCatalog editing, PageMessages messages) {
        this.catalog = catalog;
        this.editing = editing;
        this.messages = messages;
    }

    @Get("/{code}/edit")
    public ModelAndView<Map<String, Object>> edit(String code, HttpRequest<?> request) {
        Program p = catalog.find(code).orElseThrow(() -> ProblemException.notFound("programme " + code));
        Map<String, String> form = new HashMap<>();
        form.put("name", p.name());
        form.put("format", p.format().name());
        form.put("goalType", p.goalType().name());
        form.put("plannedSessions", String.valueOf(p.plannedSessions()));
        form.put("minAge", p.minAge() == null ? "" : String.valueOf(p.minAge()));
        p.orgs().forEach(o -> form.put("org." + o, "on"));
        form.put("description", p.description());
        return page(code, FormData.of(form), messages.forRequest(request).errors());
    }

    /** Saves and goes back to the catalogue; a refusal shows the form again, as typed, with 200 as it always has. */
    @Post("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(String code, @Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        catalog.find(code).orElseThrow(() -> ProblemException.notFound("programme " + code));
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        List<String> orgs = new ArrayList<>(ORGS.stream().filter(o -> form.checked("org." + o)).toList());
        Program.Format format = form.oneOf(Program.Format.class, "format", errors);
        Program.GoalType goalType = form.oneOf(Program.GoalType.class, "goalType", errors);
        Integer plannedSessions = form.integer("plannedSessions", errors);
        Integer minAge = form.integer("minAge", errors);
        if (plannedSessions == null && !errors.has("plannedSessions")) {
            errors.add("plannedSessions", "is required");
        }
        if (errors.isEmpty()) {
            try {
                editing.save(code, new ProgramInput(form.orNull("name"), format, goalType, plannedSessions, minAge,
                        orgs, form.orNull("description")));
                return HttpResponse.seeOther(URI.create("/programs/catalog"));
            } catch (ProblemException e) {
                if (e.problem().status() != 400) {
                    throw e;
                }
                errors.add(e);
            }
        }
        return page(code, form, errors);
    }

    private ModelAndView<Map<String, Object>> page(String code, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("code", code);
        model.put("form", form);
        model.put("errors", errors);
        model.put("formats", Program.Format.values());
        model.put("goalTypes", Program.GoalType.values());
        return new ModelAndView<>("programs/catalog-edit", model);
    }
}
