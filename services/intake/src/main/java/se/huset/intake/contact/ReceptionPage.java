package se.huset.intake.contact;

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
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The reception's one form: a phone call (or walk-in) registered without page hops. It posts to the same use
 * case as the API, so the same rules and messages apply; on success the browser is sent back to an empty form
 * that confirms the registration (post/redirect/get, so a reload never registers twice). Each rendered form
 * carries a request key used as the Idempotency-Key, so a double click registers one contact.
 */
@Controller("/intake/reception")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class ReceptionPage {

    private static final String VIEW = "intake/reception";
    static final String REQUEST_KEY = "requestKey";

    private final RegisteringContact registering;
    private final ContactQueries contacts;
    private final Idempotency idempotency;
    private final Validator validator;
    private final PageMessages messages;

    public ReceptionPage(RegisteringContact registering, ContactQueries contacts, Idempotency idempotency,
                         Validator validator, PageMessages messages) {
        this.registering = registering;
        this.contacts = contacts;
        this.idempotency = idempotency;
        this.validator = validator;
        this.messages = messages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> show(@Nullable @QueryValue UUID registered,
                                                  @Nullable @QueryValue Boolean repeated, HttpRequest<?> request,
                                                  Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        Map<String, Object> model = model(FormData.of(Map.of("channel", Channel.PHONE.name(),
                REQUEST_KEY, UUID.randomUUID().toString())), texts.errors(), texts.dates());
        model.put("repeated", Boolean.TRUE.equals(repeated));
        if (registered != null) {
            try {
                model.put("registered", contacts.one(Staff.of(authentication), registered));
            } catch (ProblemException e) {
                // a stale or foreign id in the address: show the empty form without a confirmation
            }
        }
        return new ModelAndView<>(VIEW, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> register(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                    Authentication authentication) {
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        RegisterContactRequest command = toRequest(form, errors);
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            Staff staff = Staff.of(authentication);
            try {
                Object result = idempotency.once("reception:" + staff.username(), form.orNull(REQUEST_KEY),
                        () -> registering.register(staff, command));
                return HttpResponse.seeOther(URI.create(result instanceof ContactView contact
                        ? "/intake/reception?registered=" + contact.id() : "/intake/reception?repeated=true"));
            } catch (ProblemException e) {
                errors.add(e);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model(form, errors, texts.dates())));
    }

    static RegisterContactRequest toRequest(FormData form, FieldErrors errors) {
        RegisterContactRequest.PersonInput person = new RegisterContactRequest.PersonInput(
                form.checked("person.anonymous") ? Boolean.TRUE : null, form.orNull("person.identifier"),
                form.checked("person.reservnummer"), form.orNull("person.name"), form.orNull("person.phone"));
        return new RegisterContactRequest(form.oneOf(Channel.class, "channel", errors),
                form.oneOf(ContactKind.class, "kind", errors), form.oneOf(Referrer.class, "referrer", errors),
                form.manyOf(Substance.class, "substances", errors), form.orNull("reason"), person,
                form.oneOf(Urgency.class, "urgency", errors), null);
    }

    private static Map<String, Object> model(FormData form, FieldErrors errors, PageDates formats) {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", formats);
        model.put("form", form);
        model.put("errors", errors);
        model.put("channels", Channel.values());
        model.put("kinds", ContactKind.values());
        model.put("referrers", Referrer.values());
        model.put("substances", Substance.values());
        model.put("urgencies", Urgency.values());
        return model;
    }
}
