package se.huset.casework.investigation;

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
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.CareRelationships;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open investigations as the social workers' worklist: the oldest first, their age in days, slow LVM ones marked;
 * each is closed with its outcome from the list, and a decision is recorded from it.
 */
@Controller("/casework/investigations")
@Secured(Roles.SOCIAL_WORKER)
public class InvestigationsPage {

    private final InvestigationRepository investigations;
    private final ClosingInvestigation closing;
    private final InvestigationPace pace;
    private final ConsentGuard guard;
    private final ClientNames names;
    private final CareRelationships relationships;
    private final PageMessages messages;

    public InvestigationsPage(InvestigationRepository investigations, ClosingInvestigation closing, InvestigationPace pace,
                              ConsentGuard guard, ClientNames names, CareRelationships relationships,
                              PageMessages messages) {
        this.investigations = investigations;
        this.closing = closing;
        this.pace = pace;
        this.guard = guard;
        this.names = names;
        this.relationships = relationships;
        this.messages = messages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(@Nullable @QueryValue String handler, @Nullable @QueryValue String law,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return view(request, texts, Staff.of(authentication), new Filter(handler, law, limit, after), null,
                FormData.empty(), texts.errors(), HttpStatus.OK);
    }

    @Post(value = "/{id}/close", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        FieldErrors errors = texts.errors();
        InvestigationOutcome outcome = form.oneOf(InvestigationOutcome.class, "outcome", errors);
        if (outcome == null && !errors.has("outcome")) {
            errors.add("outcome", "is required");
        }
        LocalDate closedOn = form.date("closedOn", errors);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                closing.close(staff, id, new CloseRequest(outcome, closedOn));
                return HttpResponse.seeOther(URI.create("/casework/investigations?handler=me"));
            } catch (ProblemException e) {
                errors.add(e);
                status = HttpStatus.valueOf(e.problem().status());
            }
        }
        return view(request, texts, staff, Filter.MINE, id, form, errors, status);
    }

    /** The list's query as the user gave it, kept for the filter form. */
    record Filter(@Nullable String handler, @Nullable String law, @Nullable String limit, @Nullable String after) {
        /** Where a post lands: the caller's own open investigations. */
        static final Filter MINE = new Filter("me", null, null, null);
    }

    /** In a transaction of its own: a use case that refused the post has marked its own one rollback-only. */
    @Transactional
    protected HttpResponse<?> view(HttpRequest<?> request, PageMessages.Translator texts, Staff staff, Filter filter,
                                 @Nullable UUID posted, FormData form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        HttpStatus shown = status;
        Page<InvestigationView> page;
        try {
            if (filter.handler() != null && !filter.handler().isEmpty() && !filter.handler().equals("me")) {
                throw ProblemException.invalid("handler", "must be me (or left out for everyone's)");
            }
            boolean mine = "me".equals(filter.handler());
            page = guard.page(staff, investigations.open(mine ? staff.username() : null,
                            ListParams.choice("law", filter.law(), Law.class),
                            Cursor.parse("after", filter.after(), 2).orElse(null), ListParams.limit(filter.limit())),
                    Investigation::asRecord, "LIST").map(pace::view);
        } catch (ProblemException e) {
            page = new Page<>(List.of(), null, 0);
            errors.add(e);
            shown = HttpStatus.valueOf(e.problem().status());
        }
        model.put("mine", "me".equals(filter.handler()));
        model.put("law", filter.law() == null ? "" : filter.law());
        model.put("laws", Law.values());
        model.put("outcomes", InvestigationOutcome.values());
        model.put("lvmFlagAfterDays", pace.lvmFlagAfterDays());
        model.put("openMine", investigations.countOpen(staff.username()));
        model.put("investigations", page);
        List<UUID> clients = page.items().stream().map(v -> v.investigation().clientId()).toList();
        model.put("names", names.of(request, clients));
        model.put("coordinators", relationships.coordinators(clients, Org.KOMMUN));
        model.put("dates", texts.dates());
        model.put("posted", posted);
        model.put("form", form);
        model.put("errors", errors);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        return HttpResponse.status(shown).body(new ModelAndView<>("casework/investigations", model));
    }
}
