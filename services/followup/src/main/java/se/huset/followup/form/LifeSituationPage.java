package se.huset.followup.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUps;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The follow-up form: the client's life situation at a follow-up, recorded with the same use case as the API, which
 * closes the follow-up as done. A refusal shows the form again as typed; success goes back to the due list.
 */
@Controller("/followup/follow-ups/{id}/form")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class LifeSituationPage {

    private final FollowUps followUps;
    private final RecordingLifeSituation forms;
    private final PageMessages messages;

    public LifeSituationPage(FollowUps followUps, RecordingLifeSituation forms, PageMessages messages) {
        this.followUps = followUps;
        this.forms = forms;
        this.messages = messages;
    }

    @Get
    public ModelAndView<Map<String, Object>> form(UUID id, HttpRequest<?> request, Authentication auth) {
        return page(followUps.read(Staff.of(auth), id), FormData.empty(), messages.forRequest(request).errors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                         Authentication auth) {
        Staff staff = Staff.of(auth);
        FollowUp followUp = followUps.read(staff, id);
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        LifeSituationRequest situation = new LifeSituationRequest(followUp.clientId().toString(), id.toString(),
                form.orNull("housing"), form.orNull("occupation"), form.orNull("incomeSource"),
                form.integer("alcoholDays", errors), form.integer("drugDays", errors),
                form.orNull("crime") == null ? null : form.has("crime", "yes"), form.integer("health", errors),
                form.integer("qualityOfLife", errors), form.integer("treatment", errors), form.orNull("ownGoal"),
                form.orNull("asiGrundOn"), form.orNull("asiFollowUpOn"));
        if (errors.isEmpty()) {
            try {
                forms.record(staff, situation);
                return HttpResponse.seeOther(URI.create("/followup/due?saved=" + id));
            } catch (ProblemException e) {
                if (e.problem().status() != 400) {
                    throw e;
                }
                errors.add(e);
            }
        }
        return page(followUp, form, errors);
    }

    private static ModelAndView<Map<String, Object>> page(FollowUp followUp, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("followUp", followUp);
        model.put("form", form);
        model.put("errors", errors);
        model.put("housings", Choices.Housing.values());
        model.put("occupations", Choices.Occupation.values());
        model.put("incomeSources", Choices.IncomeSource.values());
        model.put("ownGoals", Choices.OwnGoal.values());
        model.put("scale", List.of(1, 2, 3, 4, 5));
        model.put("scales", List.of("health", "qualityOfLife", "treatment"));
        return new ModelAndView<>("followup/form", model);
    }
}
