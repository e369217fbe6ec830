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
import se.huset.contracts.security.Roles;
import se.huset.housing.unit.Unit;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
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
    private final PageMessages messages;

    public UnitPage(UnitView view, PlacingClient placing, PageMessages messages) {
        this.view = view;
        this.placing = placing;
        this.messages = messages;
    }

    @Get(value = "/units/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> unit(UUID id, HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return view.render(request, texts, Staff.of(authentication), view.unitOr404(id), FormData.empty(),
                texts.errors(), HttpStatus.OK);
    }

    @Post(value = "/units/{id}/placements", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> place(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Unit unit = view.unitOr404(id);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        form.required("clientId", errors);
        UUID clientId = form.uuid("clientId", errors);
        UUID decisionId = form.uuid("decisionId", errors);
        if (!errors.isEmpty()) {
            return view.render(request, texts, staff, unit, form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            placing.request(staff, new PlacementRequest(clientId, unit.id(), decisionId, form.checked("queue")));
        } catch (ProblemException e) {
            HttpStatus status = UnitView.refusal(e, texts, errors);
            return view.render(request, texts, staff, unit, form, errors, status);
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + unit.id()));
    }
}
