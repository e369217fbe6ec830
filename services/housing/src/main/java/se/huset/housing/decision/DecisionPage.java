package se.huset.housing.decision;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.housing.form.Forms;
import se.huset.housing.form.PageErrors;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.web.PageLinks;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The social worker's page for a client's biståndsbeslut: the decisions on record and a form for a new one. Not
 * transactional itself: a refused decision rolls back its own transaction and the page still renders.
 */
@Controller("/housing/decisions")
@Secured(Roles.SOCIAL_WORKER)
public class DecisionPage {

    private final DecisionRepository decisions;
    private final RecordingDecision recording;
    private final ConsentGuard guard;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public DecisionPage(DecisionRepository decisions, RecordingDecision recording, ConsentGuard guard,
                         HttpLocaleResolver locales, Clock clock) {
        this.locales = locales;
        this.decisions = decisions;
        this.recording = recording;
        this.guard = guard;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String clientId, HttpRequest<?> request,
                                Authentication authentication) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID client = Forms.uuid(clientId, "clientId", false, errors);
        LocalDate today = LocalDate.now(clock);
        DecisionForm form = new DecisionForm(clientId, today.toString(), today.toString(),
                today.plusMonths(6).toString(), LegalBasis.SOL_4_1.name());
        PageErrors pageErrors = errors.isEmpty() ? PageErrors.none() : PageErrors.fields(errors);
        ModelAndView<Map<String, Object>> view = view(request, Staff.of(authentication), client, form, pageErrors);
        return HttpResponse.status(HttpStatus.valueOf(
                ((PageErrors) view.getModel().orElseThrow().get("errors")).status())).body(view);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(@Body DecisionForm form, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID client = Forms.uuid(form.clientId(), "clientId", true, errors);
        LocalDate decided = Forms.date(form.decisionDate(), "decisionDate", errors);
        LocalDate from = Forms.date(form.validFrom(), "validFrom", errors);
        LocalDate to = Forms.date(form.validTo(), "validTo", errors);
        LegalBasis basis = Forms.choice(LegalBasis.class, form.legalBasis(), "legalBasis", true, errors);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(view(request, staff, client, form, PageErrors.fields(errors)));
        }
        try {
            recording.record(staff, new DecisionRequest(client, decided, from, to, basis));
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return HttpResponse.status(HttpStatus.valueOf(pageErrors.status()))
                    .body(view(request, staff, client, form, pageErrors));
        }
        return HttpResponse.seeOther(URI.create("/housing/decisions?clientId=" + client));
    }

    private ModelAndView<Map<String, Object>> view(HttpRequest<?> request, Staff staff, @Nullable UUID client,
                                                   DecisionForm form, PageErrors errors) {
        Map<String, Object> model = new HashMap<>();
        Page<Decision> page = new Page<>(List.of(), null, 0);
        PageErrors shown = errors;
        if (client != null) {
            try {
                page = guard.page(staff, decisions.forClient(client, Cursor.parse("after",
                                request.getParameters().get("after"), 2).orElse(null),
                        ListParams.limit(request.getParameters().get("limit"))), Decision::asRecord, "LIST");
            } catch (ProblemException e) {
                shown = errors.any() ? errors : PageErrors.listParameter(e);
            }
        }
        model.put("decisions", page);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        model.put("dates", PageDates.of(locales.resolveOrDefault(request), clock));
        model.put("form", form);
        model.put("errors", shown);
        model.put("bases", List.of(LegalBasis.values()));
        model.put("today", LocalDate.now(clock));
        return new ModelAndView<>("housing/decisions", model);
    }

    @Serdeable
    public record DecisionForm(@Nullable String clientId, @Nullable String decisionDate, @Nullable String validFrom,
                               @Nullable String validTo, @Nullable String legalBasis) {
    }
}
