package se.huset.followup.alert;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The between-chairs worklist as a page: the same filters and order as the API, a page at a time, each client named
 * as the reader may see them, and the actions (take, assign, acknowledge, close) on the body's own alerts.
 */
@Controller("/followup/alerts")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class AlertsPage {

    private static final String HOME = "/followup/alerts";

    private final BetweenChairs alerts;
    private final ClientNames names;
    private final PageMessages messages;

    public AlertsPage(BetweenChairs alerts, ClientNames names, PageMessages messages) {
        this.alerts = alerts;
        this.names = names;
        this.messages = messages;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", messages.forRequest(request).dates());
        model.put("types", BetweenChairsRule.Type.values());
        model.put("statuses", AlertStatus.values());
        model.put("owners", List.of(Org.REGION, Org.KOMMUN));
        model.put("reasons", CloseReason.values());
        model.put("q", request.getParameters().asMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
        model.put("back", request.getUri().toString());
        model.put("done", request.getParameters().get("done"));
        model.put("openCount", staff.org() == null ? 0 : alerts.openFor(staff.org()));
        AlertQuery query;
        try {
            query = AlertQuery.of(request, staff, ClinicTime.ZONE);
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            model.put("invalid", e.problem().errors() == null || e.problem().errors().isEmpty() ? "" : e.problem().errors().get(0).field());
            model.put("items", List.of());
            model.put("withheld", 0);
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest()
                    .body(new ModelAndView<>("followup/alerts", model));
        }
        Page<Alert> page = alerts.page(staff, query.filter(), query.after(), query.limit());
        model.put("status", query.filter().status());
        model.put("items", page.items());
        model.put("withheld", page.withheld());
        model.put("names", names.of(request, page.items().stream().map(Alert::clientId).toList()));
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("ownOrg", staff.org() == null ? "" : staff.org().name());
        return HttpResponse.ok(new ModelAndView<>("followup/alerts", model));
    }

    @Post("/{id}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> take(UUID id, @Body Map<String, String> form, Authentication auth) {
        alerts.take(Staff.of(auth), id);
        return back(form, "taken");
    }

    @Post("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(UUID id, @Body Map<String, String> form, Authentication auth) {
        alerts.assign(Staff.of(auth), id, form.get("to"));
        return back(form, "assigned");
    }

    @Post("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledge(UUID id, @Body Map<String, String> form, Authentication auth) {
        alerts.acknowledge(Staff.of(auth), id);
        return back(form, "acknowledged");
    }

    @Post("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(UUID id, @Body Map<String, String> form, Authentication auth) {
        alerts.close(Staff.of(auth), id, Inputs.oneOf("reason", form.get("reason"), CloseReason.class));
        return back(form, "closed");
    }

    /** Back to the list as it was filtered; only ever to this page, whatever the form says. */
    private static HttpResponse<?> back(Map<String, String> form, String done) {
        String back = form.getOrDefault("back", HOME);
        if (!back.equals(HOME) && !back.startsWith(HOME + "?")) {
            back = HOME;
        }
        String withoutDone = back.replaceAll("([?&])done=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        return HttpResponse.seeOther(URI.create(withoutDone + (withoutDone.contains("?") ? "&" : "?") + "done=" + done));
    }
}
