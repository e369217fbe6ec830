package se.huset.followup.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.Figure;
import se.huset.followup.FollowupSettings;
import se.huset.followup.frequency.FrequencyGroups;
import se.huset.followup.frequency.FrequencyReport;
import se.huset.followup.outcome.OutcomeReport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group reports, aggregates only: frequency groups, outcome change, frequent attenders and SIP, each table with
 * its chart from the same suppressed figures.
 */
@Controller("/followup/reports")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG, Roles.RESEARCHER})
public class ReportsPage {

    private final FrequencyReport frequency;
    private final OutcomeReport outcomes;
    private final GroupReports groups;
    private final ReportCharts charts;
    private final FollowupSettings settings;

    public ReportsPage(FrequencyReport frequency, OutcomeReport outcomes, GroupReports groups, ReportCharts charts,
                       FollowupSettings settings) {
        this.frequency = frequency;
        this.outcomes = outcomes;
        this.groups = groups;
        this.charts = charts;
        this.settings = settings;
    }

    /** One reporter's count in a group, or the whole cell suppressed when {@code key} is null. */
    public record ReporterCell(@Nullable String key, Object value) {
    }

    @Get
    public ModelAndView<Map<String, Object>> reports() {
        LocalDate to = settings.today();
        LocalDate from = to.minusYears(1).plusDays(1);
        Map<String, Object> model = new HashMap<>();
        model.put("from", from);
        model.put("to", to);
        FrequencyGroups.Report report = frequency.report(from, to);
        model.put("report", report);
        model.put("reporters", report.groups().stream().map(g -> reporters(g.figures().get("reporters").value())).toList());
        model.put("frequencyChart", charts.frequencyGroups(report));
        List<OutcomeReport.Line> lines = outcomes.lines(from, to);
        model.put("outcomes", lines);
        model.put("outcomeCharts", charts.outcomes(lines));
        Map<String, Figure> frequentFigures = groups.frequentAttenders();
        model.put("frequentFigures", frequentFigures);
        model.put("frequentChart", charts.frequentAttenders(frequentFigures));
        GroupReports.SipReport sips = groups.sips();
        model.put("sips", sips);
        model.put("sipCharts", charts.sips(sips));
        return new ModelAndView<>("followup/reports", model);
    }

    private static List<ReporterCell> reporters(Object value) {
        if (value instanceof Map<?, ?> counts) {
            return counts.entrySet().stream().map(e -> new ReporterCell(e.getKey().toString(), e.getValue())).toList();
        }
        return List.of(new ReporterCell(null, value));
    }
}
