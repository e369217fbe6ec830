package se.huset.housing.placement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.UUID;

/** The waiting list's buttons on a unit's page: take the waiting client into a free place, or off the queue. */
@Controller("/housing/placements")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class WaitingListPage {

    private final UnitView view;
    private final PlacementQueries queries;
    private final PlacingClient placing;
    private final PageMessages messages;

    public WaitingListPage(UnitView view, PlacementQueries queries, PlacingClient placing, PageMessages messages) {
        this.view = view;
        this.queries = queries;
        this.placing = placing;
        this.messages = messages;
    }

    /** Takes the waiting client into a free place. */
    @Post(value = "/{id}/place", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> placeWaiting(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return act(request, staff, queries.one(staff, id), () -> placing.placeWaiting(staff, id, null));
    }

    /** Takes the waiting client off the queue. */
    @Post(value = "/{id}/withdraw", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return act(request, staff, queries.one(staff, id), () -> placing.withdraw(staff, id));
    }

    private HttpResponse<?> act(HttpRequest<?> request, Staff staff, Placement p, Runnable change) {
        try {
            change.run();
        } catch (ProblemException e) {
            PageMessages.Translator texts = messages.forRequest(request);
            FieldErrors errors = texts.errors();
            HttpStatus status = UnitView.refusal(e, texts, errors);
            return view.render(request, texts, staff, view.unitOr404(p.unitId()), FormData.empty(), errors, status);
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }
}
