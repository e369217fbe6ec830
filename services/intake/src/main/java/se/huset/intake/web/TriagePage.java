package se.huset.intake.web;

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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import io.micronaut.http.uri.UriBuilder;
import se.huset.intake.contact.CloseReason;
import se.huset.intake.contact.Colleagues;
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactFilter;
import se.huset.intake.contact.ContactQueries;
import se.huset.intake.contact.ContactRepository;
import se.huset.intake.contact.WorkingContact;
import se.huset.kit.list.ListParams;
import se.huset.intake.contact.ContactView;
import se.huset.intake.contact.TriageRequest;
import se.huset.intake.contact.TriagingContact;
import se.huset.kit.consent.LiveList;
import se.huset.kit.list.Cursor;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The triage board, a worklist: the waiting contacts, most urgent first and then longest waiting, a page at a time
 * with the open count, refreshed by htmx every 15 s. Each contact carries its own triage form, which htmx posts in
 * place (without JavaScript an ordinary form post that comes back to the board), and the worklist's actions: take
 * it, give it to a colleague, release it, or close it without triage for a reason.
 */
@Controller("/intake/triage")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TriagePage {

    static final String VIEW = "intake/triage";
    static final String PATH = "/intake/triage";
    /** A page a team can take in at a glance; the rest is one click away and counted in the heading. */
    static final int PAGE_SIZE = 25;
    private static final Set<String> NOTES = Set.of("taken", "assigned", "released", "closed");

    private final ContactQueries contacts;
    private final TriagingContact triaging;
    private final WorkingContact working;
    private final Colleagues colleagues;
    private final Validator validator;
    private final PageMessages messages;
    private final Clock clock;

    public TriagePage(ContactQueries contacts, TriagingContact triaging, WorkingContact working, Colleagues colleagues,
                      Validator validator, PageMessages messages, Clock clock) {
        this.contacts = contacts;
        this.triaging = triaging;
        this.working = working;
        this.colleagues = colleagues;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> board(@Nullable @QueryValue UUID triaged,
                                                                 @Nullable @QueryValue String note,
                                                                 HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        colleagues.seen(staff, clock.instant());
        PageMessages.Translator texts = messages.forRequest(request);
        Map<String, Object> model = queue(request, staff, texts, null, null, FormData.empty(), texts.errors());
        if (triaged != null) {
            try {
                model.put("done", contacts.one(staff, triaged));
            } catch (ProblemException e) {
                // a stale or foreign id in the address: the board without a confirmation
            }
        }
        model.put("note", note != null && NOTES.contains(note) ? note : null);
        return answer(model, VIEW);
    }

    /** The queue alone, for htmx's refresh; the page says which version of the queue it shows. */
    @Get("/queue")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> queue(HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return answer(queue(request, Staff.of(authentication), texts, request.getHeaders().get(LiveList.SHOWN_HEADER),
                null, FormData.empty(), texts.errors()), VIEW + " :: queue");
    }

    @Post("/{id}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> take(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return worked(request, staff, id, "taken", () -> working.take(staff, id));
    }

    @Post("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> assign(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        String assignee = FormData.from(body).value("assignee");
        return worked(request, staff, id, "assigned", () -> {
            if (assignee.isEmpty()) {
                throw ProblemException.invalid("assignee", "must not be blank");
            }
            return working.assign(staff, id, assignee);
        });
    }

    @Post("/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> release(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return worked(request, staff, id, "released", () -> working.release(staff, id));
    }

    @Post("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> close(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        return worked(request, staff, id, "closed", () -> {
            CloseReason reason = ListParams.choice("reason", form.value("reason"), CloseReason.class);
            if (reason == null) {
                throw ProblemException.invalid("reason", "must not be null");
            }
            String closeNote = form.orNull("note");
            if (closeNote != null && closeNote.length() > 500) {
                throw ProblemException.invalid("note", "size must be between 0 and 500");
            }
            return working.close(staff, id, reason, closeNote);
        });
    }

    /**
     * A worklist action from the board: done, back to the board (post/redirect/get) with a note; refused, the board
     * again with the reason at the top and the answer's status.
     */
    private HttpResponse<?> worked(HttpRequest<?> request, Staff staff, UUID id, String note,
                                   java.util.function.Supplier<ContactView> action) {
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        try {
            action.get();
            return HttpResponse.seeOther(URI.create(PATH + "?note=" + note + "#contact-" + id));
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status == 404 || status == 409) {
                errors.add(FieldErrors.FORM, texts.text("triage.gone"));
            } else if (status == 403) {
                errors.add(FieldErrors.FORM, texts.text("triage.work.notOwner"));
            } else {
                errors.add(e);
            }
            Map<String, Object> model = queue(request, staff, texts, null, null, FormData.empty(), errors);
            return HttpResponse.status(HttpStatus.valueOf(status)).body(new ModelAndView<>(VIEW, model));
        }
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> answer(Map<String, Object> model, String view) {
        HttpStatus status = Boolean.TRUE.equals(model.get("badRequest")) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(view, model));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> triage(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        boolean htmx = request.getHeaders().contains("HX-Request");
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        FieldErrors errors = texts.errors();
        TriageRequest command = toRequest(form, errors);
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                ContactView done = triaging.triage(staff, id, command);
                if (!htmx) {
                    return HttpResponse.seeOther(URI.create("/intake/triage?triaged=" + id));
                }
                // the confirmation stays above the queue while the card leaves it
                return HttpResponse.ok(new ModelAndView<>(VIEW + " :: triaged", Map.of("done", done)))
                        .header("HX-Retarget", "#triage-notes").header("HX-Reswap", "afterbegin");
            } catch (ProblemException e) {
                int status = e.problem().status();
                if (status == 404 || status == 409) {
                    errors.add(FieldErrors.FORM, texts.text("triage.gone"));
                } else {
                    errors.add(e);
                }
            }
        }
        if (htmx) {
            Map<String, Object> model = formModel(texts.dates(), id, form, errors);
            try {
                model.put("c", contacts.one(staff, id));
            } catch (ProblemException e) {
                return HttpResponse.ok(new ModelAndView<>(VIEW + " :: gone", model));
            }
            return HttpResponse.ok(new ModelAndView<>(VIEW + " :: triage-form", model));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW,
                queue(request, staff, texts, null, id, form, errors)));
    }

    static TriageRequest toRequest(FormData form, FieldErrors errors) {
        return new TriageRequest(Enums.one(Urgency.class, form, "urgency", errors),
                Enums.one(Pathway.class, form, "pathway", errors),
                Enums.many(Org.class, form, "responsibleOrgs", errors),
                Enums.many(RiskFlag.class, form, "riskFlags", errors),
                Numbers.integer(form, "auditScore", errors), Numbers.integer(form, "duditScore", errors),
                form.orNull("note"));
    }

    /**
     * The board's model: the page of the queue the address asks for (filters owner, urgency, mine; cursor after),
     * its links, the open count, and what the worklist's forms offer. A bad filter or cursor is said at the top.
     */
    private Map<String, Object> queue(HttpRequest<?> request, Staff staff, PageMessages.Translator texts,
                                      @Nullable String shown, @Nullable UUID failed, FormData form, FieldErrors errors) {
        Map<String, Object> model = formModel(texts.dates(), failed, form, errors);
        var params = request.getParameters();
        model.put("filterOwner", params.get("owner"));
        model.put("filterUrgency", params.get("urgency"));
        model.put("filterMine", "true".equals(params.get("mine")));
        model.put("queueUrl", link(request, PATH + "/queue", null, true));
        model.put("first", request.getParameters().get("after") == null ? null : link(request, PATH, null, false));
        model.put("me", staff.username());
        model.put("readerOrg", staff.org());
        model.put("colleagues", staff.org() == null ? List.of() : colleagues.of(staff.org()));
        model.put("closeReasons", CloseReason.values());
        model.put("otherOrg", TriageBoard.otherOrg(staff.org()));
        try {
            ContactFilter filter = ContactFilter.parse(staff, Contact.Status.NEW.name(), params.get("urgency"), null,
                    null, params.get("owner"), null, null, params.get("mine"), null);
            ContactQueries.LiveQueue queue = contacts.live(staff, filter,
                    Cursor.parse("after", params.get("after"), ContactRepository.cursorKeys(filter)), PAGE_SIZE, shown);
            model.put("items", queue.items());
            model.put("withheld", queue.withheld());
            model.put("shown", queue.version());
            model.put("open", queue.open());
            model.put("next", queue.next() == null ? null : link(request, PATH, queue.next(), false));
        } catch (ProblemException e) {
            errors.add(e);
            model.put("badRequest", true);
            model.put("items", List.of());
            model.put("withheld", 0);
            model.put("shown", "");
            model.put("open", 0L);
            model.put("next", null);
            model.put("first", PATH);
        }
        return model;
    }

    /** The board's address with the request's filters, and the given cursor (or, for the poll, the request's own). */
    private static String link(HttpRequest<?> request, String path, @Nullable String after, boolean keepCursor) {
        UriBuilder uri = UriBuilder.of(path);
        for (String name : List.of("owner", "urgency", "mine")) {
            String value = request.getParameters().get(name);
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        }
        String cursor = keepCursor ? request.getParameters().get("after") : after;
        if (cursor != null && !cursor.isBlank()) {
            uri.queryParam("after", cursor);
        }
        return uri.toString();
    }

    private static Map<String, Object> formModel(PageDates fmt, @Nullable UUID failed, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", fmt);
        model.put("board", TriageBoard.INSTANCE);
        model.put("failedId", failed);
        model.put("form", form);
        model.put("errors", errors);
        model.put("urgencies", Urgency.values());
        model.put("pathways", Pathway.values());
        model.put("orgs", TriageBoard.RESPONSIBLE);
        model.put("risks", RiskFlag.values());
        return model;
    }
}
