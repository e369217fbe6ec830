package se.huset.casework.decision;

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
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import se.huset.casework.investigation.Investigation;
import se.huset.casework.investigation.InvestigationRepository;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording a decision, reached from the investigation it closes: the client is the investigation's. */
@Controller("/casework/decisions")
@Secured(Roles.SOCIAL_WORKER)
public class DecisionFormPage {

    static final List<String> OUTCOMES = List.of("GRANTED", "REFUSED");

    private final InvestigationRepository investigations;
    private final RecordingDecision recording;
    private final ConsentGuard guard;
    private final ClientNames names;
    private final PageMessages messages;
    private final Clock clock;

    public DecisionFormPage(InvestigationRepository investigations, RecordingDecision recording, ConsentGuard guard,
                            ClientNames names, PageMessages messages, Clock clock) {
        this.investigations = investigations;
        this.recording = recording;
        this.guard = guard;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> form(@Nullable @QueryValue String investigation, HttpRequest<?> request,
                                Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        String today = LocalDate.now(clock).toString();
        FormData blank = FormData.of(Map.of("decidedOn", today, "validFrom", today));
        return view(request, texts, investigationFor(Staff.of(authentication), investigation), blank, texts.errors(),
                HttpStatus.OK);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        Investigation investigation = investigationFor(staff, form.value("investigation"));
        FieldErrors errors = texts.errors();
        Intervention intervention = form.oneOf(Intervention.class, "intervention", errors);
        String outcome = form.value("outcome");
        LocalDate decidedOn = form.date("decidedOn", errors);
        LocalDate validFrom = form.date("validFrom", errors);
        LocalDate validTo = form.date("validTo", errors);
        for (String missing : List.of("intervention", "decidedOn")) {
            if (form.value(missing).isBlank() && !errors.has(missing)) {
                errors.add(missing, "is required");
            }
        }
        if (!OUTCOMES.contains(outcome)) {
            errors.add("outcome", "is required");
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                recording.record(staff, new DecisionRequest(investigation.clientId(), investigation.id(), intervention,
                        "GRANTED".equals(outcome), intervention == Intervention.LVM_CARE ? LegalBasis.LVM : LegalBasis.SOL,
                        decidedOn, validFrom, validTo));
                return HttpResponse.seeOther(URI.create("/casework/decisions"));
            } catch (ProblemException e) {
                errors.add(e);
                status = HttpStatus.valueOf(e.problem().status());
            }
        }
        return view(request, texts, investigation, form, errors, status);
    }

    /** The investigation the decision follows, read (and the read logged) only by those who work with the client. */
    @Transactional
    protected Investigation investigationFor(Staff staff, @Nullable String id) {
        UUID investigationId = ListParams.id("investigation", id);
        if (investigationId == null) {
            throw ProblemException.invalid("investigation", "is required: a decision is recorded from its investigation");
        }
        Investigation investigation = investigations.findById(investigationId)
                .orElseThrow(() -> ProblemException.notFound("Investigation " + investigationId));
        return guard.read(staff, investigation.asRecord(), "READ", investigation);
    }

    /** In a transaction of its own: a use case that refused the post has marked its own one rollback-only. */
    @Transactional
    protected HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Investigation investigation,
                                 FormData form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("investigation", investigation);
        model.put("names", names.of(request, List.of(investigation.clientId())));
        model.put("interventions", Intervention.values());
        model.put("outcomes", OUTCOMES);
        model.put("dates", texts.dates());
        model.put("form", form);
        model.put("errors", errors);
        return HttpResponse.status(status).body(new ModelAndView<>("casework/decision-form", model));
    }
}
