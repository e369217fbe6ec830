package se.huset.followup.web;

import io.micronaut.core.annotation.Nullable;
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
import se.huset.followup.instrument.Assessing;
import se.huset.followup.instrument.Assessment;
import se.huset.followup.instrument.AssessmentRequest;
import se.huset.followup.instrument.Instrument;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** AUDIT and DUDIT as the client answers them, in Swedish, one radio group per question; the score follows. */
@Controller("/followup/assessments")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class AssessmentPages {

    private final Assessing assessing;

    public AssessmentPages(Assessing assessing) {
        this.assessing = assessing;
    }

    /** One question: its message key prefix and the values it may score, each with its answer label key. */
    public record Question(int number, String key, List<Option> options) {
    }

    public record Option(int value, String labelKey) {
    }

    @Get("/new")
    public ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String clientId, @Nullable @QueryValue String instrument) {
        Inputs.uuid("clientId", clientId);
        return page(clientId, Inputs.oneOf("instrument", instrument, Instrument.class), null, Map.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ModelAndView<Map<String, Object>> assess(@Body Map<String, String> form, Authentication auth) {
        Instrument instrument = Inputs.oneOf("instrument", form.get("instrument"), Instrument.class);
        List<Integer> answers = new ArrayList<>();
        try {
            for (int i = 0; i < questions(instrument).size(); i++) {
                String value = form.get("q" + (i + 1));
                answers.add(value == null || value.isBlank() ? null : parse("answers[" + i + "]", value));
            }
            Assessment a = assessing.assess(Staff.of(auth), new AssessmentRequest(form.get("clientId"), instrument.name(), answers));
            return page(form.get("clientId"), instrument, null, form, a);
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            return page(form.get("clientId"), instrument, e.problem().detail(), form, null);
        }
    }

    private static Integer parse(String field, String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    private static ModelAndView<Map<String, Object>> page(String clientId, Instrument instrument, @Nullable String error,
                                                          Map<String, String> typed, @Nullable Assessment result) {
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", clientId);
        model.put("instrument", instrument.name());
        model.put("questions", questions(instrument));
        model.put("error", error);
        model.put("typed", typed);
        model.put("result", result);
        return new ModelAndView<>("followup/assessment", model);
    }

    /** The answer scales of the published instruments (see AuditScoring and DuditScoring for the scores). */
    static List<Question> questions(Instrument instrument) {
        String[] scales = instrument == Instrument.AUDIT
                ? new String[] {"often", "glasses", "freq", "freq", "freq", "freq", "freq", "freq", "injury", "injury"}
                : new String[] {"often", "often", "times", "freq", "freq", "freq", "freq", "freq", "freq", "injury", "injury"};
        String prefix = instrument.name().toLowerCase(java.util.Locale.ROOT);
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
