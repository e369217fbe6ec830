package se.huset.programs.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageLinks;
import se.huset.programs.stats.ProgramsStats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The programme catalogue, paged, with each programme's outcomes as aggregates only. */
@Controller("/programs/catalog")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
public class CatalogPage {

    private final CatalogRepository catalog;
    private final ProgramsStats stats;

    public CatalogPage(CatalogRepository catalog, ProgramsStats stats) {
        this.catalog = catalog;
        this.stats = stats;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> catalog(@Nullable @QueryValue String limit,
                                                                   @Nullable @QueryValue String after,
                                                                   HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("admin", Staff.of(auth).has(Roles.ADMIN));
        Page<Program> page = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            page = catalog.page(Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("programs", page.items());
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("names", catalog.all().stream().collect(Collectors.toMap(Program::code, Program::name)));
        // aggregates only, the same suppression as the steering group's figures
        model.put("outcomes", stats.outcomeRows().stream().map(o -> new ProgramsStats.OutcomeRow(o.programCode(), o.org(),
                o.enrollments(), o.finished(), percent(o.completionRate()), percent(o.dropOutRate()),
                o.medianDropOutSession(), o.returns())).toList());
        return HttpResponse.status(status).body(new ModelAndView<>("programs/catalog", model));
    }

    /** A share as the page shows it, "66,7 %"; a suppressed share stays "<5". */
    private static Object percent(Object share) {
        return share instanceof Number n
                ? String.format(Locale.forLanguageTag("sv"), "%.1f %%", n.doubleValue() * 100) : share;
    }
}
