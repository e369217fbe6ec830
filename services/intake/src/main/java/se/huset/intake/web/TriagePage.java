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
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactQueries;
import se.huset.intake.contact.ContactView;
import se.huset.intake.contact.TriageRequest;
import se.huset.intake.contact.TriagingContact;
import se.huset.kit.consent.LiveList;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The triage board: the NEW queue, most urgent first and then longest waiting, refreshed by htmx every 15 s.
 * Each contact carries its own triage form, which htmx posts in place; without JavaScript it is an ordinary
 * form post that comes back to the board.
 */
@Controller("/intake/triage")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TriagePage {

    static final String VIEW = "intake/triage";
    private static final int QUEUE_LIMIT = 200;

    private final ContactQueries contacts;
    private final TriagingContact triaging;
    private final Validator validator;
    private final PageMessages messages;

    public TriagePage(ContactQueries contacts, TriagingContact triaging, Validator validator, PageMessages messages) {
        this.contacts = contacts;
        this.triaging = triaging;
        this.validator = validator;
        this.messages = messages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> board(@Nullable @QueryValue UUID triaged, HttpRequest<?> request,
                                                   Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Map<String, Object> model = queue(staff, null, null, FormData.empty(), messages.forRequest(request).errors());
        if (triaged != null) {
            try {
                model.put("done", contacts.one(staff, triaged));
            } catch (ProblemException e) {
                // a stale or foreign id in the address: the board without a confirmation
            }
        }
        return new ModelAndView<>(VIEW, model);
    }

    /** The queue alone, for htmx's refresh; the page says which version of the queue it shows. */
    @Get("/queue")
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> queue(HttpRequest<?> request, Authentication authentication) {
        return new ModelAndView<>(VIEW + " :: queue", queue(Staff.of(authentication),
                request.getHeaders().get(LiveList.SHOWN_HEADER), null, FormData.empty(), messages.forRequest(request).errors()));
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
            Map<String, Object> model = formModel(id, form, errors);
            try {
                model.put("c", contacts.one(staff, id));
            } catch (ProblemException e) {
                return HttpResponse.ok(new ModelAndView<>(VIEW + " :: gone", model));
            }
            return HttpResponse.ok(new ModelAndView<>(VIEW + " :: triage-form", model));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, queue(staff, null, id, form, errors)));
    }

    static TriageRequest toRequest(FormData form, FieldErrors errors) {
        return new TriageRequest(Enums.one(Urgency.class, form, "urgency", errors),
                Enums.one(Pathway.class, form, "pathway", errors),
                Enums.many(Org.class, form, "responsibleOrgs", errors),
                Enums.many(RiskFlag.class, form, "riskFlags", errors),
                Numbers.integer(form, "auditScore", errors), Numbers.integer(form, "duditScore", errors),
                form.orNull("note"));
    }

    private Map<String, Object> queue(Staff staff, @Nullable String shown, @Nullable UUID failed, FormData form,
                                      FieldErrors errors) {
        LiveList<ContactView> queue = contacts.live(staff, Contact.Status.NEW, QUEUE_LIMIT, shown);
        Map<String, Object> model = formModel(failed, form, errors);
        model.put("items", queue.items());
        model.put("withheld", queue.withheld());
        model.put("shown", queue.version());
        model.put("otherOrg", TriageBoard.otherOrg(staff.org()));
        return model;
    }

    private static Map<String, Object> formModel(@Nullable UUID failed, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", Formats.INSTANCE);
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
