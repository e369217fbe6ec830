package se.huset.intake.care;

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
 * The client page's care-team forms: add a colleague or a unit (the API's rule: a member or reception, never
 * oneself), end one relationship. Done, back to the client page's care team; refused, the page with the reason.
 */
@Controller("/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class CareTeamPage {

    private final CareTeam careTeam;
    private final ClientPageView view;
    private final PageMessages messages;

    public CareTeamPage(CareTeam careTeam, ClientPageView view, PageMessages messages) {
        this.careTeam = careTeam;
        this.view = view;
        this.messages = messages;
    }

    @Post("/{id}/care-team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> addToCareTeam(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                         Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        CareTeam.Basis basis = form.oneOf(CareTeam.Basis.class, "basis", errors);
        String kind = "unit".equals(form.value("partyKind")) ? "unit:" : "user:";
        if (form.value("partyName").isBlank()) {
            errors.add("party", texts.text("client.team.partyMissing"));
        }
        if (errors.isEmpty()) {
            try {
                careTeam.add(staff, id, kind + form.value("partyName").strip(), basis);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=teamAdded#care-team"));
            } catch (ProblemException e) {
                if (e.problem().status() == 403) {
                    errors.add("party", texts.text("client.team.refused"));
                } else {
                    errors.add(e);
                }
            }
        }
        return view.page(texts, staff, id, TimelineQuery.NEWEST, HttpStatus.BAD_REQUEST, form, errors, "team", null);
    }

    @Post("/{id}/care-team/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> endCareRelationship(UUID id, @Nullable @Body Map<String, Object> body,
                                               HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        try {
            careTeam.end(staff, id, form.value("party"), form.value("ref"));
            return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=teamEnded#care-team"));
        } catch (ProblemException e) {
            if (e.problem().status() == 403) {
                errors.add(FieldErrors.FORM, texts.text("client.team.refused"));
            } else {
                errors.add(e);
            }
        }
        return view.page(texts, staff, id, TimelineQuery.NEWEST, HttpStatus.BAD_REQUEST, form, errors, "team", null);
    }
}
