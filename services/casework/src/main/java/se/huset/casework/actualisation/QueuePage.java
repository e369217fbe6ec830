package se.huset.casework.actualisation;

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
import se.huset.casework.investigation.Law;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
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

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Social services' queue as a page: the matters awaiting a förhandsbedömning, oldest first, each client named as
 * the reader may see them, each assessed right from the list (opened as a SoL or LVM investigation, or not, with
 * the reason).
 */
@Controller("/casework")
@Secured(Roles.SOCIAL_WORKER)
public class QueuePage {

    /** The one choice the row's form makes: open under a law, or not open. */
    static final List<String> DECISIONS = List.of("SOL", "LVM", "NOT_OPENED");

    private final ActualisationRepository actualisations;
    private final AssessingActualisation assessing;
    private final ConsentGuard guard;
    private final ClientNames names;
    private final PageMessages messages;

    public QueuePage(ActualisationRepository actualisations, AssessingActualisation assessing, ConsentGuard guard,
                     ClientNames names, PageMessages messages) {
        this.actualisations = actualisations;
        this.assessing = assessing;
        this.guard = guard;
        this.names = names;
        this.messages = messages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> queue(@Nullable @QueryValue String source, @Nullable @QueryValue String limit,
                                 @Nullable @QueryValue String after, HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return view(request, texts, Staff.of(authentication), source, limit, after, null, FormData.empty(),
                texts.errors(), HttpStatus.OK);
    }

    @Post(value = "/actualisations/{id}/assessment", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assess(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        FieldErrors errors = texts.errors();
        String decision = form.value("decision");
        if (!DECISIONS.contains(decision)) {
            errors.add("decision", "is required");
            return view(request, texts, staff, null, null, null, id, form, errors, HttpStatus.BAD_REQUEST);
        }
        boolean open = !decision.equals("NOT_OPENED");
        try {
            assessing.assess(staff, id, new AssessmentRequest(open, open ? Law.valueOf(decision) : null,
                    form.orNull("reason")));
        } catch (ProblemException e) {
            errors.add(e);
            return view(request, texts, staff, null, null, null, id, form, errors, HttpStatus.valueOf(e.problem().status()));
        }
        return HttpResponse.seeOther(URI.create(open ? "/casework/investigations?handler=me" : "/casework"));
    }

    /** In a transaction of its own: a use case that refused the post has marked its own one rollback-only. */
    @Transactional
    protected HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Staff staff,
                                 @Nullable String source, @Nullable String limit, @Nullable String after,
                                 @Nullable UUID posted, FormData form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        HttpStatus shown = status;
        Page<Actualisation> page;
        try {
            page = guard.page(staff, actualisations.waiting(ListParams.choice("source", source, ActualisationSource.class),
                    Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit)), Actualisation::asRecord, "LIST");
        } catch (ProblemException e) {
            page = new Page<>(List.of(), null, 0);
            errors.add(e);
            shown = HttpStatus.valueOf(e.problem().status());
        }
        model.put("source", source == null ? "" : source);
        model.put("sources", ActualisationSource.values());
        model.put("decisions", DECISIONS);
        model.put("counts", actualisations.waitingBySource());
        model.put("matters", page);
        model.put("names", names.of(request, page.items().stream().map(Actualisation::clientId).toList()));
        model.put("dates", texts.dates());
        model.put("posted", posted);
        model.put("form", form);
        model.put("errors", errors);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        return HttpResponse.status(shown).body(new ModelAndView<>("casework/queue", model));
    }
}
