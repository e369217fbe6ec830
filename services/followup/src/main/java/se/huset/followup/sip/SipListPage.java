package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.followup.FollowupSettings;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SIP plans the reader may see (overdue reviews flagged), with a form to call a new one; a refused call (a bad
 * field, a missing consent) shows the list again with the reason.
 */
@Controller("/followup/sips")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class SipListPage {

    private static final String VIEW = "followup/sips";

    private final Sips sips;
    private final FollowupSettings settings;
    private final PageMessages messages;

    public SipListPage(Sips sips, FollowupSettings settings, PageMessages messages) {
        this.sips = sips;
        this.settings = settings;
        this.messages = messages;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, @Nullable @QueryValue String clientId,
                                                                Authentication auth) {
        FieldErrors errors = messages.forRequest(request).errors();
        FormData form = FormData.of(Map.of("clientId", clientId == null ? "" : clientId));
        try {
            return HttpResponse.ok(page(Staff.of(auth), request, form, errors));
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("plans", List.of());
            model.put("withheld", 0);
            model.put("overdueOnly", false);
            model.put("overdueCount", 0L);
            model.put("form", FormData.empty());
            model.put("errors", errors);
            model.put("today", settings.today());
            model.put("invalid", e.problem().errors().get(0).field());
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>(VIEW, model));
        }
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(HttpRequest<?> request, @Nullable @Body Map<String, Object> body, Authentication auth) {
        Staff staff = Staff.of(auth);
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        try {
            SipPlan plan = sips.create(staff, new Sips.SipRequest(form.orNull("clientId"), form.orNull("reviewOn")));
            return HttpResponse.seeOther(URI.create("/followup/sips/" + plan.id()));
        } catch (ProblemException e) {
            if (!SipPlanPage.shown(e)) {
                throw e;
            }
            errors.add(e);
            return page(staff, request, form, errors);
        }
    }

    private ModelAndView<Map<String, Object>> page(Staff staff, HttpRequest<?> request, FormData form,
                                                   FieldErrors errors) {
        Page<SipPlan> plans = sips.list(staff, request);
        Map<String, Object> model = new HashMap<>();
        model.put("plans", plans.items());
        model.put("withheld", plans.withheld());
        model.put("overdueOnly", "true".equals(request.getParameters().get("overdue")));
        model.put("overdueCount", plans.items().stream().filter(SipPlan::reviewOverdue).count());
        model.put("next", PageLinks.next(request, plans));
        model.put("first", PageLinks.first(request));
        model.put("form", form);
        model.put("errors", errors);
        model.put("today", settings.today());
        return new ModelAndView<>(VIEW, model);
    }
}
