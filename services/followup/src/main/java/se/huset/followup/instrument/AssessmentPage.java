package se.huset.followup.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** AUDIT and DUDIT as the client answers them, in Swedish, one radio group per question; the score follows. */
@Controller("/followup/assessments")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class AssessmentPage {

    private final Assessing assessing;
    private final PageMessages messages;

    public AssessmentPage(Assessing assessing, PageMessages messages) {
        this.assessing = assessing;
        this.messages = messages;
    }

    /** One question: its message key prefix and the values it may score, each with its answer label key. */
    public record Question(int number, String key, List<Option> options) {
    }

    public record Option(int value, String labelKey) {
    }

    @Get("/new")
    public ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String clientId,
                                                  @Nullable @QueryValue String instrument, HttpRequest<?> request) {
        Inputs.uuid("clientId", clientId);
        return page(Inputs.oneOf("instrument", instrument, Instrument.class),
                FormData.of(Map.of("clientId", clientId)), messages.forRequest(request).errors(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ModelAndView<Map<String, Object>> assess(@Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                                    Authentication auth) {
        FormData form = FormData.from(body);
        Instrument instrument = Inputs.oneOf("instrument", form.orNull("instrument"), Instrument.class);
        FieldErrors errors = messages.forRequest(request).errors();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < questions(instrument).size(); i++) {
            answers.add(form.integer("q" + (i + 1), errors));
        }
        if (errors.isEmpty()) {
            try {
                Assessment a = assessing.assess(Staff.of(auth), new AssessmentRequest(form.orNull("clientId"),
                        instrument.name(), answers));
                return page(instrument, form, errors, a);
            } catch (ProblemException e) {
                if (e.problem().status() != 400) {
                    throw e;
                }
                // the questions are numbered on the page, not named: the refusal says which answer in the API's words
                errors.add(FieldErrors.FORM, e.problem().detail());
            }
        }
        return page(instrument, form, errors, null);
    }

    private static ModelAndView<Map<String, Object>> page(Instrument instrument, FormData form, FieldErrors errors,
                                                          @Nullable Assessment result) {
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", form.value("clientId"));
        model.put("instrument", instrument.name());
        model.put("questions", questions(instrument));
        model.put("form", form);
        model.put("errors", errors);
        model.put("result", result);
        return new ModelAndView<>("followup/assessment", model);
    }

    /** The answer scales of the published instruments (see AuditScoring and DuditScoring for the scores). */
    static List<Question> questions(Instrument instrument) {
        String[] scales = instrument == Instrument.AUDIT
                ? new String[] {"often", "glasses", "freq", "freq", "freq", "freq", "freq", "freq", "injury", "injury"}
                : new String[] {"often", "often", "times", "freq", "freq", "freq", "freq", "freq", "freq", "injury", "injury"};
        String prefix = instrument.name().toLowerCase(Locale.ROOT);
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < scales.length; i++) {
            int[] values = scales[i].equals("injury") ? new int[] {0, 2, 4} : new int[] {0, 1, 2, 3, 4};
            List<Option> options = new ArrayList<>();
            for (int v : values) {
                String scale = scales[i].equals("often") ? prefix + ".often" : "scale." + scales[i];
                options.add(new Option(v, scale + "." + v));
            }
            out.add(new Question(i + 1, prefix + ".q" + (i + 1), options));
        }
        return out;
    }
}
