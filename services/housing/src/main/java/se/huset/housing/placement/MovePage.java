package se.huset.housing.placement;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Moving a resident to another unit, with a new decision when the new unit needs one. */
@Controller("/housing/placements")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class MovePage {

    private final UnitRepository units;
    private final PlacementQueries queries;
    private final PlacingClient placing;
    private final PageMessages messages;

    public MovePage(UnitRepository units, PlacementQueries queries, PlacingClient placing, PageMessages messages) {
        this.units = units;
        this.queries = queries;
        this.placing = placing;
        this.messages = messages;
    }

    @Get(value = "/{id}/move", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> moveForm(UUID id, HttpRequest<?> request, Authentication authentication) {
        Placement p = queries.one(Staff.of(authentication), id);
        return movePage(p, FormData.empty(), messages.forRequest(request).errors());
    }

    @Post(value = "/{id}/move", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        form.required("unitId", errors);
        UUID unitId = form.uuid("unitId", errors);
        UUID decisionId = form.uuid("decisionId", errors);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(movePage(p, form, errors));
        }
        try {
            placing.move(staff, id, new MoveRequest(unitId, decisionId));
        } catch (ProblemException e) {
            HttpStatus status = UnitView.refusal(e, texts, errors);
            return HttpResponse.status(status).body(movePage(p, form, errors));
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unitId));
    }

    private ModelAndView<Map<String, Object>> movePage(Placement p, FormData form, FieldErrors errors) {
        List<Unit> targets = units.all().stream().filter(u -> !u.id().equals(p.unitId())).toList();
        return new ModelAndView<>("housing/move", Map.of("placement", p, "units", targets, "form", form,
                "errors", errors));
    }
}
