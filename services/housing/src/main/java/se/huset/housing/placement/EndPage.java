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
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.housing.form.Forms;
import se.huset.housing.form.PageErrors;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ending a placement (moving out) with the aftercare plan every move-out but a death needs. */
@Controller("/housing/placements")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class EndPage {

    private final PlacementQueries queries;
    private final EndingPlacement ending;
    private final Clock clock;

    public EndPage(PlacementQueries queries, EndingPlacement ending, Clock clock) {
        this.queries = queries;
        this.ending = ending;
        this.clock = clock;
    }

    @Get(value = "/{id}/end", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> endForm(UUID id, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Placement p = queries.one(staff, id);
        EndForm form = new EndForm(null, staff.username(), staff.org() == null ? null : staff.org().name(), null, null,
                null, null);
        return endPage(p, form, PageErrors.none());
    }

    @Post(value = "/{id}/end", produces = MediaType.TEXT_HTML)
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
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(endPage(p, form, PageErrors.fields(errors)));
        }
        AftercarePlan plan = new AftercarePlan(form.ownerStaff(), org, form.nextHousing(), form.occupation(),
                form.network(), followUp);
        try {
            ending.end(staff, id, new EndRequest(reason, plan));
        } catch (ProblemException e) {
            PageErrors pageErrors = UnitView.errorsOf(e);
            return HttpResponse.status(HttpStatus.valueOf(pageErrors.status())).body(endPage(p, form, pageErrors));
        }
        return HttpResponse.seeOther(URI.create("/housing/units/" + p.unitId()));
    }

    private ModelAndView<Map<String, Object>> endPage(Placement p, EndForm form, PageErrors errors) {
        return new ModelAndView<>("housing/end", Map.of("placement", p, "form", form, "errors", errors,
                "reasons", List.of(EndReason.values()), "orgs", List.of(Org.REGION, Org.KOMMUN),
                "today", LocalDate.now(clock).toString()));
    }

    @Serdeable
    public record EndForm(@Nullable String reason, @Nullable String ownerStaff, @Nullable String ownerOrg,
                          @Nullable String nextHousing, @Nullable String occupation, @Nullable String network,
                          @Nullable String followUpDate) {
    }
}
