package se.huset.housing.alert;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Cursor;
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
import java.util.Objects;
import java.util.UUID;

/**
 * The lost-housing alerts as the coordinators' worklist: open ones first, each client named as the reader may see
 * them; an alert is taken, acknowledged, and closed with a reason right from the list.
 */
@Controller("/housing/alerts")
@Secured(Roles.SOCIAL_WORKER)
public class AlertPage {

    private final Alerts alerts;
    private final ClientNames names;
    private final PageMessages messages;

    public AlertPage(Alerts alerts, ClientNames names, PageMessages messages) {
        this.alerts = alerts;
        this.names = names;
        this.messages = messages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(@Nullable @QueryValue String state, @Nullable @QueryValue String mine,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return view(request, texts, Staff.of(authentication), state, mine, limit, after, texts.errors(), HttpStatus.OK);
    }

    @Post(value = "/{id}/take", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> take(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return act(request, staff, () -> alerts.assign(staff, id, staff.username()));
    }

    @Post(value = "/{id}/acknowledge", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledge(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return act(request, staff, () -> alerts.acknowledge(staff, id));
    }

    @Post(value = "/{id}/close", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return act(request, staff, () -> alerts.close(staff, id, FormData.from(body).value("reason")));
    }

    private HttpResponse<?> act(HttpRequest<?> request, Staff staff, Runnable change) {
        try {
            change.run();
        } catch (ProblemException e) {
            // the list's forms are one per alert, so what went wrong is said above the list, not at a field
            PageMessages.Translator texts = messages.forRequest(request);
            FieldErrors errors = texts.errors();
            boolean aboutAField = e.problem().errors() != null && !e.problem().errors().isEmpty();
            errors.add(FieldErrors.FORM, aboutAField ? texts.text("housing.alerts.reasonRequired")
                    : texts.text("refused." + e.problem().status(), Objects.toString(e.problem().detail(), "")));
            return view(request, texts, staff, null, null, null, null, errors,
                    HttpStatus.valueOf(e.problem().status()));
        }
        return HttpResponse.seeOther(URI.create("/housing/alerts"));
    }

    private HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Staff staff,
                                 @Nullable String state, @Nullable String mine, @Nullable String limit,
                                 @Nullable String after, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("state", state == null ? "" : state);
        model.put("mine", "true".equals(mine));
        model.put("me", staff.username());
        model.put("dates", texts.dates());
        model.put("states", List.of(AlertState.values()));
        model.put("openCount", alerts.openCount(staff));
        HttpStatus shown = status;
        Page<Alert> page;
        try {
            page = alerts.page(staff, ListParams.choice("state", state, AlertState.class),
                    ListParams.flag("mine", mine), Cursor.parse("after", after, 3).orElse(null),
                    ListParams.limit(limit));
        } catch (ProblemException e) {
            page = new Page<>(List.of(), null, 0);
            errors.add(FieldErrors.FORM, texts.text("error.listParameter", e.problem().errors() == null
                    || e.problem().errors().isEmpty() ? "" : e.problem().errors().get(0).field()));
            shown = HttpStatus.valueOf(e.problem().status());
        }
        model.put("alerts", page);
        model.put("names", names.of(request, page.items().stream().map(Alert::clientId).toList()));
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("errors", errors);
        return HttpResponse.status(shown).body(new ModelAndView<>("housing/alerts", model));
    }
}
