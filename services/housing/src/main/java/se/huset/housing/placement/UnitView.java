package se.huset.housing.placement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import se.huset.housing.form.PageErrors;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's page as the unit and waiting-list pages render it: its residents and its waiting list, paged with
 * {@code ?after=&limit=}, with the placing form.
 */
@Singleton
class UnitView {

    private final UnitRepository units;
    private final PlacementQueries queries;
    private final ClientNames names;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    UnitView(UnitRepository units, PlacementQueries queries, ClientNames names, HttpLocaleResolver locales,
             Clock clock) {
        this.units = units;
        this.queries = queries;
        this.names = names;
        this.locales = locales;
        this.clock = clock;
    }

    /** A placing refusal as the placement pages show it: eligibility and a full unit have messages of their own. */
    static PageErrors errorsOf(ProblemException e) {
        if (e instanceof NotEligible notEligible) {
            return new PageErrors(Map.of(), "refusal." + notEligible.refusal().code(), List.of(), e.problem().status());
        }
        if (e instanceof UnitFull) {
            return new PageErrors(Map.of(), "error.full", List.of(), e.problem().status());
        }
        return PageErrors.of(e);
    }

    Unit unitOr404(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    HttpResponse<?> render(HttpRequest<?> request, Staff staff, Unit unit, UnitPage.PlaceForm form,
                           PageErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        Visible<Placement> residents = queries.residents(staff, unit.id());
        model.put("residents", residents);
        PlacementFilter queue = PlacementFilter.waitingAt(unit.id());
        Page<Placement> waiting;
        PageErrors shown = errors;
        try {
            waiting = queries.page(staff, queue, Cursor.parse("after", request.getParameters().get("after"),
                    queue.cursorKeys()).orElse(null), ListParams.limit(request.getParameters().get("limit")));
        } catch (ProblemException e) {
            waiting = new Page<>(List.of(), null, 0);
            shown = errors.any() ? errors : PageErrors.listParameter(e);
        }
        model.put("waiting", waiting);
        model.put("next", PageLinks.next(request, waiting));
        model.put("first", PageLinks.first(request));
        List<UUID> clients = new ArrayList<>(residents.items().stream().map(Placement::clientId).toList());
        waiting.items().forEach(w -> clients.add(w.clientId()));
        model.put("names", names.of(request, clients));
        model.put("dates", PageDates.of(locales.resolveOrDefault(request), clock));
        model.put("form", form);
        model.put("errors", shown);
        return HttpResponse.status(HttpStatus.valueOf(shown.status()))
                .body(new ModelAndView<>("housing/unit", model));
    }
}
