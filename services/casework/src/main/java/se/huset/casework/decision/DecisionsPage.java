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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Granted decisions waiting to be enforced, the oldest first, with the day each must be enforced by; those past it
 * are marked for the report to IVO, and "only reportable" is that report's list. Enforced from the list.
 */
@Controller("/casework/decisions")
@Secured(Roles.SOCIAL_WORKER)
public class DecisionsPage {

    private final DecisionRepository decisions;
    private final RecordingDecision recording;
    private final ConsentGuard guard;
    private final ClientNames names;
    private final PageMessages messages;
    private final Clock clock;

    public DecisionsPage(DecisionRepository decisions, RecordingDecision recording, ConsentGuard guard,
                         ClientNames names, PageMessages messages, Clock clock) {
        this.decisions = decisions;
        this.recording = recording;
        this.guard = guard;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> toEnforce(@Nullable @QueryValue String reportable, @Nullable @QueryValue String limit,
                                     @Nullable @QueryValue String after, HttpRequest<?> request,
                                     Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return view(request, texts, Staff.of(authentication), reportable, limit, after, null, FormData.empty(),
                texts.errors(), HttpStatus.OK);
    }

    @Post(value = "/{id}/enforcement", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enforce(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                   Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        FieldErrors errors = texts.errors();
        LocalDate on = form.date("on", errors);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                recording.enforce(staff, id, new DateRequest(on));
                return HttpResponse.seeOther(URI.create("/casework/decisions"));
            } catch (ProblemException e) {
                errors.add(e);
                status = HttpStatus.valueOf(e.problem().status());
            }
        }
        return view(request, texts, staff, null, null, null, id, form, errors, status);
    }

    /** In a transaction of its own: a use case that refused the post has marked its own one rollback-only. */
    @Transactional
    protected HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Staff staff,
                                 @Nullable String reportable, @Nullable String limit, @Nullable String after,
                                 @Nullable UUID posted, FormData form, FieldErrors errors, HttpStatus status) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        HttpStatus shown = status;
        Page<DecisionView> page;
        boolean onlyReportable = false;
        try {
            onlyReportable = ListParams.flag("reportable", reportable);
            page = guard.page(staff, decisions.toEnforce(null, onlyReportable ? today.minusMonths(EnforcementDeadline.MONTHS)
                            : null, Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit)),
                    Decision::asRecord, "LIST").map(d -> DecisionView.of(d, today));
        } catch (ProblemException e) {
            page = new Page<>(List.of(), null, 0);
            errors.add(e);
            shown = HttpStatus.valueOf(e.problem().status());
        }
        model.put("reportable", onlyReportable);
        model.put("decisions", page);
        model.put("names", names.of(request, page.items().stream().map(v -> v.decision().clientId()).toList()));
        model.put("dates", texts.dates());
        model.put("today", today.toString());
        model.put("posted", posted);
        model.put("form", form);
        model.put("errors", errors);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        return HttpResponse.status(shown).body(new ModelAndView<>("casework/decisions", model));
    }
}
