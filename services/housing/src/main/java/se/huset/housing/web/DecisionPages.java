package se.huset.housing.web;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.DecisionRepository;
import se.huset.housing.decision.DecisionRequest;
import se.huset.housing.decision.LegalBasis;
import se.huset.housing.decision.RecordingDecision;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

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
public class DecisionPages {

    private final DecisionRepository decisions;
    private final RecordingDecision recording;
    private final ConsentGuard guard;
    private final Clock clock;

    public DecisionPages(DecisionRepository decisions, RecordingDecision recording, ConsentGuard guard, Clock clock) {
        this.decisions = decisions;
        this.recording = recording;
        this.guard = guard;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String clientId,
                                                  Authentication authentication) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID client = Forms.uuid(clientId, "clientId", false, errors);
        LocalDate today = LocalDate.now(clock);
        DecisionForm form = new DecisionForm(clientId, today.toString(), today.toString(),
                today.plusMonths(6).toString(), LegalBasis.SOL_4_1.name());
        PageErrors pageErrors = errors.isEmpty() ? PageErrors.none() : PageErrors.fields(errors);
        return view(Staff.of(authentication), client, form, pageErrors);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(@Body DecisionForm form, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID client = Forms.uuid(form.clientId(), "clientId", true, errors);
        LocalDate decided = Forms.date(form.decisionDate(), "decisionDate", errors);
        LocalDate from = Forms.date(form.validFrom(), "validFrom", errors);
        LocalDate to = Forms.date(form.validTo(), "validTo", errors);
        LegalBasis basis = Forms.choice(LegalBasis.class, form.legalBasis(), "legalBasis", true, errors);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(view(staff, client, form, PageErrors.fields(errors)));
        }
        try {
            recording.record(staff, new DecisionRequest(client, decided, from, to, basis));
        } catch (ProblemException e) {
            PageErrors pageErrors = PageErrors.of(e);
            return HttpResponse.status(HttpStatus.valueOf(pageErrors.status()))
                    .body(view(staff, client, form, pageErrors));
        }
        return HttpResponse.seeOther(URI.create("/housing/decisions?clientId=" + client));
    }

    private ModelAndView<Map<String, Object>> view(Staff staff, @Nullable UUID client, DecisionForm form,
                                                   PageErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("decisions", client == null ? new Visible<>(List.<Decision>of(), 0)
                : guard.filter(staff, decisions.forClient(client), Decision::asRecord, "LIST"));
        model.put("form", form);
        model.put("errors", errors);
        model.put("bases", List.of(LegalBasis.values()));
        model.put("today", LocalDate.now(clock));
        return new ModelAndView<>("housing/decisions", model);
    }

    @Serdeable
    public record DecisionForm(@Nullable String clientId, @Nullable String decisionDate, @Nullable String validFrom,
                               @Nullable String validTo, @Nullable String legalBasis) {
    }
}
