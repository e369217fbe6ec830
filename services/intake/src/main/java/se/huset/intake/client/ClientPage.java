package se.huset.intake.client;

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
import jakarta.validation.Validator;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.EmergencyAccess;
import se.huset.kit.consent.EmergencyAccessController;
import se.huset.kit.consent.EmergencySituation;
import se.huset.kit.timeline.TimelineQuery;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The client page (the client overview: identity, consents, care team and the timeline across the suite, filtered by
 * {@code kind} and {@code body} and paged by {@code before}), and, when consent is missing, an honest refusal that offers emergency access (nödåtkomst),
 * whose form posts here.
 */
@Controller("/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientPage {

    private static final Set<String> NOTES = Set.of("granted", "revoked", "emergency", "teamAdded", "teamEnded");

    private final ClientPageView view;
    private final ClientLookup lookup;
    private final EmergencyAccess emergency;
    private final Validator validator;
    private final PageMessages messages;

    public ClientPage(ClientPageView view, ClientLookup lookup, EmergencyAccess emergency, Validator validator,
                      PageMessages messages) {
        this.view = view;
        this.lookup = lookup;
        this.emergency = emergency;
        this.validator = validator;
        this.messages = messages;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> client(UUID id, @Nullable @QueryValue String note, @Nullable @QueryValue String before,
                                  @Nullable @QueryValue String kind, @Nullable @QueryValue String body,
                                  HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        TimelineQuery steps = TimelineQuery.parse(before, kind, body, null);
        return view.page(texts, Staff.of(authentication), id, steps, HttpStatus.OK, FormData.empty(),
                texts.errors(), null, note != null && NOTES.contains(note) ? note : null);
    }

    @Post("/{id}/emergency-access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> openEmergency(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                         Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        if (lookup.ownerOf(id).isEmpty()) {
            return view.page(texts, staff, id, TimelineQuery.NEWEST, HttpStatus.NOT_FOUND, form, errors, null, null);
        }
        EmergencySituation situation = form.oneOf(EmergencySituation.class, "situation", errors);
        String explanation = form.value("explanation");
        errors.addAll(validator.validate(new EmergencyAccessController.OpenRequest(id, situation, explanation)));
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                emergency.open(staff, id, situation, explanation);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=emergency"));
            } catch (ProblemException e) {
                switch (e.problem().status()) {
                    // a second submit while the first opening is live: the client is open, so show it
                    case 409 -> {
                        return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=emergency"));
                    }
                    case 403 -> {
                        status = HttpStatus.FORBIDDEN;
                        // said at the select when there is one; a role offered none has only the form
                        errors.add(EmergencySituation.allowedTo(staff).isEmpty() ? FieldErrors.FORM : "situation",
                                texts.text("emergency.situation.refused"));
                    }
                    default -> errors.add(e);
                }
            }
        }
        return view.missing(staff, id, status, true, form, errors);
    }
}
