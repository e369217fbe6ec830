package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.housing.form.Forms;
import se.huset.housing.form.PageErrors;
import se.huset.housing.unit.Unit;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's residents and waiting list, and the form that places a client there (or queues them when it is full).
 * It calls the same use case as the API, so the rules are the same; errors are shown next to the fields.
 */
@Controller("/housing")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class UnitPage {

    private final UnitView view;
    private final PlacingClient placing;

    public UnitPage(UnitView view, PlacingClient placing) {
        this.view = view;
        this.placing = placing;
    }

    @Get(value = "/units/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> unit(UUID id, HttpRequest<?> request, Authentication authentication) {
        return view.render(request, Staff.of(authentication), view.unitOr404(id), PlaceForm.empty(),
                PageErrors.none());
    }

    @Post(value = "/units/{id}/placements", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> place(UUID id, @Body PlaceForm form, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Unit unit = view.unitOr404(id);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID clientId = Forms.uuid(form.clientId(), "clientId", true, errors);
        UUID decisionId = Forms.uuid(form.decisionId(), "decisionId", false, errors);
        if (!errors.isEmpty()) {
            return view.render(request, staff, unit, form, PageErrors.fields(errors));
        }
        try {
            placing.request(staff, new PlacementRequest(clientId, unit.id(), decisionId, form.queued()));
        } catch (ProblemException e) {
            return view.render(request, staff, unit, form, UnitView.errorsOf(e));
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unit.id()));
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
}
