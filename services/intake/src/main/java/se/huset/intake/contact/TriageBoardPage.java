package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.LiveList;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The triage board, a worklist: the waiting contacts, most urgent first and then longest waiting, a page at a time
 * with the open count, refreshed by htmx every 15 s. Each contact carries its triage form ({@link TriageFormPage})
 * and the worklist's actions ({@link TriageWorkPage}).
 */
@Controller("/intake/triage")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TriageBoardPage {

    private static final Set<String> NOTES = Set.of("taken", "assigned", "released", "closed");

    private final TriageQueueView view;
    private final ContactQueries contacts;
    private final Colleagues colleagues;
    private final PageMessages messages;
    private final Clock clock;

    public TriageBoardPage(TriageQueueView view, ContactQueries contacts, Colleagues colleagues, PageMessages messages,
                           Clock clock) {
        this.view = view;
        this.contacts = contacts;
        this.colleagues = colleagues;
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
        Map<String, Object> model = view.queue(request, staff, texts.dates(), null, null, FormData.empty(),
                texts.errors());
        if (triaged != null) {
            try {
                model.put("done", contacts.one(staff, triaged));
            } catch (ProblemException e) {
                // a stale or foreign id in the address: the board without a confirmation
            }
        }
        model.put("note", note != null && NOTES.contains(note) ? note : null);
        return answer(model, TriageQueueView.VIEW);
    }

    /** The queue alone, for htmx's refresh; the page says which version of the queue it shows. */
    @Get("/queue")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> queue(HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        return answer(view.queue(request, Staff.of(authentication), texts.dates(),
                request.getHeaders().get(LiveList.SHOWN_HEADER), null, FormData.empty(), texts.errors()),
                TriageQueueView.VIEW + " :: queue");
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> answer(Map<String, Object> model, String view) {
        HttpStatus status = Boolean.TRUE.equals(model.get("badRequest")) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(view, model));
    }
}
