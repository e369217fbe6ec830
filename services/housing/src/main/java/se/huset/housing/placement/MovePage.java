package se.huset.housing.placement;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.housing.form.Forms;
import se.huset.housing.form.PageErrors;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.LinkedHashMap;
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

    public MovePage(UnitRepository units, PlacementQueries queries, PlacingClient placing) {
        this.units = units;
        this.queries = queries;
        this.placing = placing;
    }

    @Get(value = "/{id}/move", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> moveForm(UUID id, Authentication authentication) {
        Placement p = queries.one(Staff.of(authentication), id);
        return movePage(p, new MoveForm(null, null), PageErrors.none());
    }

    @Post(value = "/{id}/move", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(UUID id, @Body MoveForm form, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID unitId = Forms.uuid(form.unitId(), "unitId", true, errors);
        UUID decisionId = Forms.uuid(form.decisionId(), "decisionId", false, errors);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(movePage(p, form, PageErrors.fields(errors)));
        }
        try {
            placing.move(staff, id, new MoveRequest(unitId, decisionId));
        } catch (ProblemException e) {
            PageErrors pageErrors = UnitView.errorsOf(e);
            return HttpResponse.status(HttpStatus.valueOf(pageErrors.status())).body(movePage(p, form, pageErrors));
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unitId));
    }

    private ModelAndView<Map<String, Object>> movePage(Placement p, MoveForm form, PageErrors errors) {
        List<Unit> targets = units.all().stream().filter(u -> !u.id().equals(p.unitId())).toList();
        return new ModelAndView<>("housing/move", Map.of("placement", p, "units", targets, "form", form,
                "errors", errors));
    }

    @Serdeable
    public record MoveForm(@Nullable String unitId, @Nullable String decisionId) {
    }
}
