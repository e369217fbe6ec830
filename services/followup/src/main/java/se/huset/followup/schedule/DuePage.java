package se.huset.followup.schedule;

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
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A staff member's due list, with its actions: take a follow-up, or close it as missed or declined. */
@Controller("/followup")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class DuePage {

    private final FollowUps followUps;
    private final FollowupSettings settings;
    private final ClientNames names;
    private final PageMessages messages;

    public DuePage(FollowUps followUps, FollowupSettings settings, ClientNames names, PageMessages messages) {
        this.followUps = followUps;
        this.settings = settings;
        this.names = names;
        this.messages = messages;
    }

    @Get("/due")
    public HttpResponse<ModelAndView<Map<String, Object>>> due(HttpRequest<?> request, @Nullable @QueryValue String saved,
                                                               Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("saved", saved != null);
        model.put("closing", List.of(FollowUpStatus.MISSED, FollowUpStatus.DECLINED));
        model.put("fmt", messages.forRequest(request).dates());
        model.put("q", request.getParameters().asMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
        model.put("today", settings.today());
        FollowUps.DueQuery query;
        try {
            query = FollowUps.DueQuery.of(request);
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            model.put("invalid", e.problem().errors().get(0).field());
            model.put("items", List.of());
            model.put("withheld", 0);
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>("followup/due", model));
        }
        FollowUps.DueList due = followUps.due(Staff.of(auth), query);
        model.put("due", due);
        model.put("items", due.items());
        model.put("withheld", due.withheld());
        model.put("names", names.of(request, due.items().stream().map(FollowUp::clientId).toList()));
        model.put("next", due.next() == null ? null : PageLinks.next(request, new Page<>(due.items(), due.next(), 0)));
        model.put("first", PageLinks.first(request));
        return HttpResponse.ok(new ModelAndView<>("followup/due", model));
    }

    @Post("/follow-ups/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> claim(UUID id, Authentication auth) {
        followUps.claim(Staff.of(auth), id);
        return HttpResponse.seeOther(URI.create("/followup/due"));
    }

    /** Missed or declined from the due list; DONE comes with the form. */
    @Post("/follow-ups/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(UUID id, @Body Map<String, String> form, Authentication auth) {
        FollowUpStatus status = Inputs.oneOf("status", form.get("status"), FollowUpStatus.class);
        if (status == FollowUpStatus.DUE || status == FollowUpStatus.DONE) {
            throw ProblemException.invalid("status", "choose MISSED or DECLINED; a done follow-up is recorded with its form");
        }
        followUps.close(Staff.of(auth), id, status);
        return HttpResponse.seeOther(URI.create("/followup/due?saved=" + id));
    }
}
