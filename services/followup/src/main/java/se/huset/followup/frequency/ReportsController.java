package se.huset.followup.frequency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;
import se.huset.followup.FollowupSettings;
import se.huset.followup.Inputs;
import se.huset.followup.outcome.OutcomeReport;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.stats.Figure;

import java.time.LocalDate;
import java.util.Map;

/** Aggregates only, so the steering group, user organisations and researchers see it as well as staff. */
@Controller("/api/followup/reports")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG, Roles.RESEARCHER})
public class ReportsController {

    private final FrequencyReport report;
    private final OutcomeReport outcomes;
    private final FollowupSettings settings;

    public ReportsController(FrequencyReport report, OutcomeReport outcomes, FollowupSettings settings) {
        this.report = report;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    /** Defaults to the last twelve months up to today. */
    @Get("/frequency-groups")
    public FrequencyGroups.Report frequencyGroups(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return report(from, to);
    }

    /** Change from baseline to each follow-up per programme, paired by enrollment. */
    @Get("/outcomes")
    public Map<String, Map<String, Map<String, Figure>>> outcomes() {
        return outcomes.report();
    }

    /** The same table as CSV, suppressed cells as they are shown. */
    @Get("/frequency-groups/csv")
    public HttpResponse<String> frequencyGroupsCsv(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StringBuilder csv = new StringBuilder("contacts,").append(String.join(",", FrequencyGroups.FIGURES)).append('\n');
        for (FrequencyGroups.Group g : report(from, to).groups()) {
            csv.append(g.contacts());
            for (String figure : FrequencyGroups.FIGURES) {
                Object value = g.figures().get(figure).value();
                csv.append(',').append(value instanceof Map<?, ?> m ? '"' + m.toString() + '"' : value);
            }
            csv.append('\n');
        }
        return HttpResponse.ok(csv.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"frequency-groups.csv\"");
    }

    private FrequencyGroups.Report report(@Nullable String from, @Nullable String to) {
        LocalDate end = Inputs.optionalDate("to", to);
        end = end == null ? settings.today() : end;
        LocalDate start = Inputs.optionalDate("from", from);
        start = start == null ? end.minusYears(1).plusDays(1) : start;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return report.report(start, end);
    }
}
