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
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ending a placement (moving out) with the aftercare plan every move-out but a death needs. */
@Controller("/housing/placements")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class EndPage {

    private final PlacementQueries queries;
    private final EndingPlacement ending;
    private final PageMessages messages;
    private final Clock clock;

    public EndPage(PlacementQueries queries, EndingPlacement ending, PageMessages messages, Clock clock) {
        this.queries = queries;
        this.ending = ending;
        this.messages = messages;
        this.clock = clock;
    }

    @Get(value = "/{id}/end", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> endForm(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        FormData form = FormData.of(Map.of("ownerStaff", staff.username(),
                "ownerOrg", staff.org() == null ? "" : staff.org().name()));
        return endPage(p, form, messages.forRequest(request).errors());
    }

    @Post(value = "/{id}/end", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                               Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        form.required("reason", errors);
        EndReason reason = form.oneOf(EndReason.class, "reason", errors);
        AftercarePlan plan = new AftercarePlan(form.orNull("ownerStaff"), form.oneOf(Org.class, "ownerOrg", errors),
                form.orNull("nextHousing"), form.orNull("occupation"), form.orNull("network"),
                form.date("followUpDate", errors));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(endPage(p, form, errors));
        }
        try {
            ending.end(staff, id, new EndRequest(reason, plan));
        } catch (ProblemException e) {
            HttpStatus status = UnitView.refusal(e, texts, errors);
            return HttpResponse.status(status).body(endPage(p, form, errors));
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }

    private ModelAndView<Map<String, Object>> endPage(Placement p, FormData form, FieldErrors errors) {
        return new ModelAndView<>("housing/end", Map.of("placement", p, "form", form, "errors", errors,
                "reasons", List.of(EndReason.values()), "orgs", List.of(Org.REGION, Org.KOMMUN),
                "today", LocalDate.now(clock).toString()));
    }
}
