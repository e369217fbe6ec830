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
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The triage board's worklist actions on one contact: take it, give it to a colleague, release it, or close it
 * without triage for a reason. Done, back to the board (post/redirect/get) with a note; refused or mistyped, the
 * board again with the reason at the top and the answer's status.
 */
@Controller("/intake/triage")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TriageWorkPage {

    private static final int NOTE_MAX = 500;

    private final WorkingContact working;
    private final TriageQueueView view;
    private final PageMessages messages;

    public TriageWorkPage(WorkingContact working, TriageQueueView view, PageMessages messages) {
        this.working = working;
        this.view = view;
        this.messages = messages;
    }

    @Post("/{id}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> take(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return worked(request, staff, id, "taken", messages.forRequest(request), () -> working.take(staff, id));
    }

    @Post("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> assign(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        String assignee = FormData.from(body).value("assignee");
        if (assignee.isEmpty()) {
            FieldErrors errors = texts.errors();
            errors.add("assignee", "must not be blank");
            return board(request, staff, texts, HttpStatus.BAD_REQUEST, errors);
        }
        return worked(request, staff, id, "assigned", texts, () -> working.assign(staff, id, assignee));
    }

    @Post("/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> release(UUID id, HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return worked(request, staff, id, "released", messages.forRequest(request), () -> working.release(staff, id));
    }

    @Post("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> close(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PageMessages.Translator texts = messages.forRequest(request);
        FormData form = FormData.from(body);
        FieldErrors errors = texts.errors();
        CloseReason reason = form.oneOf(CloseReason.class, "reason", errors);
        if (reason == null && !errors.has("reason")) {
            errors.add("reason", "must not be null");
        }
        String closeNote = form.orNull("note");
        if (closeNote != null && closeNote.length() > NOTE_MAX) {
            errors.add("note", "size must be between 0 and " + NOTE_MAX);
        }
        if (!errors.isEmpty()) {
            return board(request, staff, texts, HttpStatus.BAD_REQUEST, errors);
        }
        return worked(request, staff, id, "closed", texts, () -> working.close(staff, id, reason, closeNote));
    }

    private HttpResponse<?> worked(HttpRequest<?> request, Staff staff, UUID id, String note,
                                   PageMessages.Translator texts, Supplier<ContactView> action) {
        try {
            action.get();
            return HttpResponse.seeOther(URI.create(TriageQueueView.PATH + "?note=" + note + "#contact-" + id));
        } catch (ProblemException e) {
            int status = e.problem().status();
            FieldErrors errors = texts.errors();
            if (status == 404 || status == 409) {
                errors.add(FieldErrors.FORM, texts.text("triage.gone"));
            } else if (status == 403) {
                errors.add(FieldErrors.FORM, texts.text("triage.work.notOwner"));
            } else {
                errors.add(e);
            }
            return board(request, staff, texts, HttpStatus.valueOf(status), errors);
        }
    }

    private HttpResponse<?> board(HttpRequest<?> request, Staff staff, PageMessages.Translator texts,
                                  HttpStatus status, FieldErrors errors) {
        Map<String, Object> model = view.queue(request, staff, texts.dates(), null, null, FormData.empty(), errors);
        return HttpResponse.status(status).body(new ModelAndView<>(TriageQueueView.VIEW, model));
    }
}
