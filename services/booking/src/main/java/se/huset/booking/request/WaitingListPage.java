package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.Map;

/**
 * The waiting list as the reception's worklist: one page at a time in the work's order, filtered, each client named
 * as the reader may see them, with "Jag tar den", assign, release and close ({@link WaitingListActions}) next to
 * the booking link.
 */
@Controller("/booking/waiting-list")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class WaitingListPage {

    private final WaitingListModel models;

    public WaitingListPage(WaitingListModel models) {
        this.models = models;
    }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String urgency,
                                @Nullable @QueryValue String org, @Nullable @QueryValue String pathway,
                                @Nullable @QueryValue String dueFrom, @Nullable @QueryValue String dueTo,
                                @Nullable @QueryValue String overdue, @Nullable @QueryValue String mine,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                @Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Staff reader = Staff.of(auth);
        WaitingListModel.Filters filters = WaitingListModel.Filters.of(status, urgency, org, pathway, dueFrom, dueTo,
                overdue, mine);
        WaitingListQuery query;
        try {
            query = WaitingListQuery.parse(status, urgency, org, pathway, dueFrom, dueTo, overdue, mine, limit, after);
        } catch (ProblemException e) {
            // a bad filter or cursor is said on the page, over the unfiltered first page
            Map<String, Object> model = models.of(reader, WaitingListQuery.open(), request, false, null, filters);
            model.put("invalidField", field(e.problem()));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(WaitingListModel.VIEW, model));
        }
        Map<String, Object> model = models.of(reader, query, request, true, done, filters);
        return HttpResponse.ok(new ModelAndView<>(WaitingListModel.VIEW, model));
    }

    private static String field(Problem problem) {
        return problem.errors() == null || problem.errors().isEmpty() ? "after" : problem.errors().get(0).field();
    }
}
