package se.huset.housing.placement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.problem.Problem;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    UnitView(UnitRepository units, PlacementQueries queries, ClientNames names) {
        this.units = units;
        this.queries = queries;
        this.names = names;
    }

    /**
     * A placing refusal as the placement pages show it: eligibility and a full unit have messages of their own;
     * the API's nested fields ({@code aftercare.nextHousing}) land on the form's flat inputs ({@code nextHousing}).
     * Answers the refusal's status.
     */
    static HttpStatus refusal(ProblemException e, PageMessages.Translator texts, FieldErrors errors) {
        Problem p = e.problem();
        if (e instanceof NotEligible notEligible) {
            errors.add(FieldErrors.FORM, texts.text("refusal." + notEligible.refusal().code()));
        } else if (e instanceof UnitFull) {
            errors.add(FieldErrors.FORM, texts.text("error.full"));
        } else if (p.errors() == null || p.errors().isEmpty()) {
            errors.add(FieldErrors.FORM, texts.text("refused." + p.status(), Objects.toString(p.detail(), "")));
        } else {
            p.errors().forEach(f -> errors.add(f.field().substring(f.field().lastIndexOf('.') + 1), f.message()));
        }
        return HttpStatus.valueOf(p.status());
    }

    Unit unitOr404(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    HttpResponse<?> render(HttpRequest<?> request, PageMessages.Translator texts, Staff staff, Unit unit,
                           FormData form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        Visible<Placement> residents = queries.residents(staff, unit.id());
        model.put("residents", residents);
        PlacementFilter queue = PlacementFilter.waitingAt(unit.id());
        Page<Placement> waiting;
        HttpStatus shown = status;
        try {
            waiting = queries.page(staff, queue, Cursor.parse("after", request.getParameters().get("after"),
                    queue.cursorKeys()).orElse(null), ListParams.limit(request.getParameters().get("limit")));
        } catch (ProblemException e) {
            waiting = new Page<>(List.of(), null, 0);
            if (errors.isEmpty()) {
                errors.add(FieldErrors.FORM, texts.text("error.listParameter", e.problem().errors() == null
                        || e.problem().errors().isEmpty() ? "" : e.problem().errors().get(0).field()));
                shown = HttpStatus.valueOf(e.problem().status());
            }
        }
        model.put("waiting", waiting);
        model.put("next", PageLinks.next(request, waiting));
        model.put("first", PageLinks.first(request));
        List<UUID> clients = new ArrayList<>(residents.items().stream().map(Placement::clientId).toList());
        waiting.items().forEach(w -> clients.add(w.clientId()));
        model.put("names", names.of(request, clients));
        model.put("dates", texts.dates());
        model.put("form", form);
        model.put("errors", errors);
        return HttpResponse.status(shown).body(new ModelAndView<>("housing/unit", model));
    }
}
