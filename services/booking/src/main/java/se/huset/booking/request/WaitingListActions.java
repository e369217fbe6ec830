package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FormData;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Working a request from its row on the waiting list: take, release, assign to a colleague, close without a visit. */
@Controller("/booking/waiting-list")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class WaitingListActions {

    private static final String LIST = WaitingListModel.LIST;

    private final WorkingTheList working;
    private final WaitingListModel models;

    public WaitingListActions(WorkingTheList working, WaitingListModel models) {
        this.working = working;
        this.models = models;
    }

    @Post("/{id}/work")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> work(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                Authentication auth) {
        FormData form = FormData.from(body);
        Staff staff = Staff.of(auth);
        String action = form.value("action");
        try {
            switch (action) {
                case "take" -> working.take(staff, id);
                case "release" -> working.release(staff, id);
                case "assign" -> working.assign(staff, id, form.orNull("username"));
                case "close" -> working.close(staff, id, ListParams.choice("reason", form.orNull("reason"),
                        CloseReason.class), form.orNull("note"));
                default -> throw ProblemException.invalid("action", "must be take, release, assign or close");
            }
        } catch (ProblemException e) {
            Map<String, Object> model = models.of(staff, WaitingListQuery.open(), request, false, null,
                    WaitingListModel.Filters.OPEN);
            model.put("actionError", e.problem().status() == 409 ? "conflict"
                    : e.problem().status() == 400 ? "invalid" : "forbidden");
            return HttpResponse.status(HttpStatus.valueOf(e.problem().status()))
                    .body(new ModelAndView<>(WaitingListModel.VIEW, model));
        }
        String back = back(form.orNull("back"));
        URI to;
        try {
            to = URI.create(back + (back.contains("?") ? "&" : "?") + "done=" + done(action));
        } catch (IllegalArgumentException e) {
            to = URI.create(LIST + "?done=" + done(action));
        }
        return HttpResponse.seeOther(to);
    }

    /** Back to the list as it was shown (its filters and page), never anywhere else. */
    private static String back(@Nullable String back) {
        if (back == null || !(back.equals(LIST) || back.startsWith(LIST + "?"))) {
            return LIST;
        }
        String without = back.replaceAll("([?&])done=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        return without.isEmpty() ? LIST : without;
    }

    private static String done(String action) {
        return switch (action) {
            case "take" -> "taken";
            case "assign" -> "assigned";
            case "release" -> "released";
            default -> "closed";
        };
    }
}
