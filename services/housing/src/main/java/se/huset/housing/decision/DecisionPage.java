package se.huset.housing.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The social worker's page for a client's housing decisions: those social services made in casework, which reach
 * housing on its feed ({@link CaseworkDecisions}), each with its id for the placement that carries it out. Decisions
 * are made in casework (my investigations, "Registrera beslut"), never here.
 */
@Controller("/housing/decisions")
@Secured(Roles.SOCIAL_WORKER)
public class DecisionPage {

    private final DecisionRepository decisions;
    private final ConsentGuard guard;
    private final PageMessages messages;
    private final Clock clock;

    public DecisionPage(DecisionRepository decisions, ConsentGuard guard, PageMessages messages, Clock clock) {
        this.decisions = decisions;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String clientId, HttpRequest<?> request,
                                Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        FormData form = FormData.of(Map.of("clientId", clientId == null ? "" : clientId));
        UUID client = form.uuid("clientId", errors);
        return view(request, texts, Staff.of(authentication), client, form, errors,
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    private HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Staff staff,
                                 @Nullable UUID client, FormData form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        Page<Decision> page = new Page<>(List.of(), null, 0);
        HttpStatus shown = status;
        if (client != null) {
            try {
                page = guard.page(staff, decisions.forClient(client, Cursor.parse("after",
                                request.getParameters().get("after"), 2).orElse(null),
                        ListParams.limit(request.getParameters().get("limit"))), Decision::asRecord, "LIST");
            } catch (ProblemException e) {
                if (errors.isEmpty()) {
                    errors.add(FieldErrors.FORM, texts.text("error.listParameter", e.problem().errors() == null
                            || e.problem().errors().isEmpty() ? "" : e.problem().errors().get(0).field()));
                    shown = HttpStatus.valueOf(e.problem().status());
                }
            }
        }
        model.put("decisions", page);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("dates", texts.dates());
        model.put("form", form);
        model.put("errors", errors);
        model.put("today", LocalDate.now(clock));
        return HttpResponse.status(shown).body(new ModelAndView<>("housing/decisions", model));
    }
}
