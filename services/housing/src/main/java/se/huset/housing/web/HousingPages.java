package se.huset.housing.web;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.housing.placement.EndReason;
import se.huset.housing.placement.EndRequest;
import se.huset.housing.placement.EndingPlacement;
import se.huset.housing.placement.MoveRequest;
import se.huset.housing.placement.Placement;
import se.huset.housing.placement.PlacementQueries;
import se.huset.housing.placement.PlacementRequest;
import se.huset.housing.placement.PlacementFilter;
import se.huset.kit.list.ListParams;
import se.huset.housing.placement.PlacingClient;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.web.PageLinks;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Housing's pages: the occupancy board, a unit's residents and waiting list, and placing, moving and ending a
 * placement with the aftercare form. They call the same use cases as the API, so the rules are the same; errors
 * are shown next to the fields they concern.
 */
@Controller("/housing")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class HousingPages {

    private final UnitRepository units;
    private final PlacementQueries queries;
    private final PlacingClient placing;
    private final EndingPlacement ending;
    private final ClientNames names;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public HousingPages(UnitRepository units, PlacementQueries queries, PlacingClient placing, EndingPlacement ending,
                        ClientNames names, HttpLocaleResolver locales, Clock clock) {
        this.names = names;
        this.locales = locales;
        this.units = units;
        this.queries = queries;
        this.placing = placing;
        this.ending = ending;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> board() {
        return new ModelAndView<>("housing/board", Map.of("units", units.all()));
    }

    /** The unit's residents and its waiting list, paged with {@code ?after=&limit=}. */
    @Get(value = "/units/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> unit(UUID id, HttpRequest<?> request, Authentication authentication) {
        ModelAndView<Map<String, Object>> view = unitPage(request, Staff.of(authentication), unitOr404(id),
                PlaceForm.empty(), PageErrors.none());
        return page(view, ((PageErrors) view.getModel().orElseThrow().get("errors")).status());
    }

    @Post(value = "/units/{id}/placements", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> place(UUID id, @Body PlaceForm form, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Unit unit = unitOr404(id);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID clientId = Forms.uuid(form.clientId(), "clientId", true, errors);
        UUID decisionId = Forms.uuid(form.decisionId(), "decisionId", false, errors);
        if (!errors.isEmpty()) {
            return page(unitPage(request, staff, unit, form, PageErrors.fields(errors)), 400);
        }
        try {
            placing.request(staff, new PlacementRequest(clientId, unit.id(), decisionId, form.queued()));
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return page(unitPage(request, staff, unit, form, pageErrors), pageErrors.status());
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unit.id()));
    }

    /** Takes the waiting client into a free place. */
    @Post(value = "/placements/{id}/place", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> placeWaiting(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        try {
            placing.placeWaiting(staff, id, null);
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return page(unitPage(request, staff, unitOr404(p.unitId()), PlaceForm.empty(), pageErrors), pageErrors.status());
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }

    /** Takes the waiting client off the queue. */
    @Post(value = "/placements/{id}/withdraw", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        try {
            placing.withdraw(staff, id);
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return page(unitPage(request, staff, unitOr404(p.unitId()), PlaceForm.empty(), pageErrors), pageErrors.status());
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }

    @Get(value = "/placements/{id}/move", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> moveForm(UUID id, Authentication authentication) {
        Placement p = queries.one(Staff.of(authentication), id);
        return movePage(p, new MoveForm(null, null), PageErrors.none());
    }

    @Post(value = "/placements/{id}/move", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(UUID id, @Body MoveForm form, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID unitId = Forms.uuid(form.unitId(), "unitId", true, errors);
        UUID decisionId = Forms.uuid(form.decisionId(), "decisionId", false, errors);
        if (!errors.isEmpty()) {
            return page(movePage(p, form, PageErrors.fields(errors)), 400);
        }
        try {
            placing.move(staff, id, new MoveRequest(unitId, decisionId));
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return page(movePage(p, form, pageErrors), pageErrors.status());
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unitId));
    }

    @Get(value = "/placements/{id}/end", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> endForm(UUID id, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        EndForm form = new EndForm(null, staff.username(), staff.org() == null ? null : staff.org().name(), null, null,
                null, null);
        return endPage(p, form, PageErrors.none());
    }

    @Post(value = "/placements/{id}/end", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(UUID id, @Body EndForm form, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        Map<String, String> errors = new LinkedHashMap<>();
        EndReason reason = Forms.choice(EndReason.class, form.reason(), "reason", true, errors);
        Org org = Forms.choice(Org.class, form.ownerOrg(), "ownerOrg", false, errors);
        LocalDate followUp = Forms.blank(form.followUpDate()) ? null
                : Forms.date(form.followUpDate(), "followUpDate", errors);
        if (!errors.isEmpty()) {
            return page(endPage(p, form, PageErrors.fields(errors)), 400);
        }
        AftercarePlan plan = new AftercarePlan(form.ownerStaff(), org, form.nextHousing(), form.occupation(),
                form.network(), followUp);
        try {
            ending.end(staff, id, new EndRequest(reason, plan));
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return page(endPage(p, form, pageErrors), pageErrors.status());
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }

    private ModelAndView<Map<String, Object>> unitPage(HttpRequest<?> request, Staff staff, Unit unit, PlaceForm form,
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
        return new ModelAndView<>("housing/unit", model);
    }

    private ModelAndView<Map<String, Object>> movePage(Placement p, MoveForm form, PageErrors errors) {
        List<Unit> targets = units.all().stream().filter(u -> !u.id().equals(p.unitId())).toList();
        return new ModelAndView<>("housing/move", Map.of("placement", p, "units", targets, "form", form,
                "errors", errors));
    }

    private ModelAndView<Map<String, Object>> endPage(Placement p, EndForm form, PageErrors errors) {
        return new ModelAndView<>("housing/end", Map.of("placement", p, "form", form, "errors", errors,
                "reasons", List.of(EndReason.values()), "orgs", List.of(Org.REGION, Org.KOMMUN),
                "today", LocalDate.now(clock).toString()));
    }

    private Unit unitOr404(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    private static HttpResponse<?> page(ModelAndView<Map<String, Object>> view, int status) {
        return HttpResponse.status(HttpStatus.valueOf(status)).body(view);
    }

    @Serdeable
    public record PlaceForm(@Nullable String clientId, @Nullable String decisionId, @Nullable String queue) {

        static PlaceForm empty() {
            return new PlaceForm(null, null, null);
        }

        public boolean queued() {
            return "true".equals(queue);
        }
    }

    @Serdeable
    public record MoveForm(@Nullable String unitId, @Nullable String decisionId) {
    }

    @Serdeable
    public record EndForm(@Nullable String reason, @Nullable String ownerStaff, @Nullable String ownerOrg,
                          @Nullable String nextHousing, @Nullable String occupation, @Nullable String network,
                          @Nullable String followUpDate) {
    }
}
