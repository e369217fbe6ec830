package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * One contact's triage form on the board. htmx posts it in place: done, the confirmation goes above the queue and
 * the card leaves it; refused, the form again with the user's input. Without JavaScript an ordinary form post
 * that comes back to the board (post/redirect/get), or the board with the form open and its messages (400).
 */
@Controller("/intake/triage")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TriageFormPage {

    private static final String VIEW = TriageQueueView.VIEW;

    private final ContactQueries contacts;
    private final TriagingContact triaging;
    private final TriageQueueView view;
    private final Validator validator;
    private final PageMessages messages;

    public TriageFormPage(ContactQueries contacts, TriagingContact triaging, TriageQueueView view, Validator validator,
                          PageMessages messages) {
        this.contacts = contacts;
        this.triaging = triaging;
        this.view = view;
        this.validator = validator;
        this.messages = messages;
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
                    return HttpResponse.seeOther(URI.create(TriageQueueView.PATH + "?triaged=" + id));
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
            Map<String, Object> model = TriageQueueView.formModel(texts.dates(), id, form, errors);
            try {
                model.put("c", contacts.one(staff, id));
            } catch (ProblemException e) {
                return HttpResponse.ok(new ModelAndView<>(VIEW + " :: gone", model));
            }
            return HttpResponse.ok(new ModelAndView<>(VIEW + " :: triage-form", model));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW,
                view.queue(request, staff, texts.dates(), null, id, form, errors)));
    }

    static TriageRequest toRequest(FormData form, FieldErrors errors) {
        return new TriageRequest(form.oneOf(Urgency.class, "urgency", errors),
                form.oneOf(Pathway.class, "pathway", errors),
                form.manyOf(Org.class, "responsibleOrgs", errors),
                form.manyOf(RiskFlag.class, "riskFlags", errors),
                form.integer("auditScore", errors), form.integer("duditScore", errors),
                form.orNull("note"));
    }
}
