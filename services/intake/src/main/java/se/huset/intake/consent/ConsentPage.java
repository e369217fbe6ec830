package se.huset.intake.consent;

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
import jakarta.validation.Validator;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.intake.client.ClientPageView;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.timeline.TimelineQuery;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The client page's consent forms: grant a consent, revoke one. Done, back to the client page's consents with a
 * note; refused, the client page again with the form open, the user's input and the messages at the fields.
 */
@Controller("/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ConsentPage {

    private final ConsentRegistry consents;
    private final ClientPageView view;
    private final Validator validator;
    private final PageMessages messages;

    public ConsentPage(ConsentRegistry consents, ClientPageView view, Validator validator, PageMessages messages) {
        this.consents = consents;
        this.view = view;
        this.validator = validator;
        this.messages = messages;
    }

    @Post("/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> grant(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        GrantConsentRequest command = new GrantConsentRequest(form.manyOf(Org.class, "recipientOrgs", errors),
                form.manyOf(DataCategory.class, "categories", errors), ConsentPurpose.CARE_COORDINATION,
                form.oneOf(ConsentForm.class, "form", errors), form.date("validUntil", errors));
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                consents.grant(staff, id, command);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=granted#consents"));
            } catch (ProblemException e) {
                if (e.problem().status() == 403) {
                    // a recipient recording access for itself: said where the recipients are chosen
                    errors.add("recipientOrgs", e.problem().detail());
                } else {
                    errors.add(e);
                }
            }
        }
        return view.page(texts, staff, id, TimelineQuery.NEWEST, HttpStatus.BAD_REQUEST, form, errors, "grant", null);
    }

    @Post("/{id}/consents/{consentId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> revoke(UUID id, UUID consentId, @Nullable @Body Map<String, Object> body,
                                  HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        RevokeConsentRequest command = new RevokeConsentRequest(form.value("reason"),
                form.oneOf(RevocationRequester.class, "requestedBy", errors));
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                consents.revoke(staff, consentId, command);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=revoked#consents"));
            } catch (ProblemException e) {
                if (e.problem().status() == 409) {
                    errors.add(FieldErrors.FORM, texts.text("client.revoke.already"));
                } else {
                    errors.add(e);
                }
            }
        }
        return view.page(texts, staff, id, TimelineQuery.NEWEST, HttpStatus.BAD_REQUEST, form, errors,
                consentId.toString(), null);
    }
}
