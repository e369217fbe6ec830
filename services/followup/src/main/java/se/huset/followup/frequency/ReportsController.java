package se.huset.followup.frequency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;
import se.huset.followup.FollowupSettings;
import se.huset.followup.outcome.OutcomeReport;
import se.huset.followup.report.Csv;
import se.huset.followup.report.GroupReports;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.contracts.stats.Figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Aggregates only, so the steering group, user organisations and researchers see it as well as staff. */
@Controller("/api/followup/reports")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG, Roles.RESEARCHER})
public class ReportsController {

    private final FrequencyReport report;
    private final OutcomeReport outcomes;
    private final GroupReports groups;
    private final FollowupSettings settings;

    public ReportsController(FrequencyReport report, OutcomeReport outcomes, GroupReports groups, FollowupSettings settings) {
        this.report = report;
        this.outcomes = outcomes;
        this.groups = groups;
        this.settings = settings;
    }

    /** Defaults to the last twelve months up to today. */
    @Get("/frequency-groups")
    public FrequencyGroups.Report frequencyGroups(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return report(from, to);
    }

    /**
     * Change from baseline to each follow-up per programme, paired by enrollment: the follow-ups recorded in the
     * period (default the last twelve months up to today).
     */
    @Get("/outcomes")
    public Map<String, Map<String, Map<String, Figure>>> outcomes(@Nullable @QueryValue String from,
                                                                  @Nullable @QueryValue String to) {
        ReportPeriod period = period(from, to);
        return outcomes.report(period.from(), period.to());
    }

    /** The same table as CSV, suppressed cells as they are shown. */
    @Get("/frequency-groups/csv")
    public HttpResponse<String> frequencyGroupsCsv(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        List<String> header = new ArrayList<>(List.of("contacts"));
        header.addAll(FrequencyGroups.FIGURES);
        Csv csv = Csv.of(header.toArray(String[]::new));
        for (FrequencyGroups.Group g : report(from, to).groups()) {
            List<Object> row = new ArrayList<>(List.of(g.contacts()));
            FrequencyGroups.FIGURES.forEach(figure -> row.add(g.figures().get(figure).value()));
            csv.row(row.toArray());
        }
        return csv.download("frequency-groups.csv");
    }

    /** One row per programme, follow-up and variable: n, missing, and the paired means, "<5" where suppressed. */
    @Get("/outcomes/csv")
    public HttpResponse<String> outcomesCsv(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Csv csv = Csv.of("program", "followUp", "variable", "n", "missing", "baseline", "followUpMean", "change");
        ReportPeriod period = period(from, to);
        outcomes.lines(period.from(), period.to()).forEach(l -> csv.row(l.program(), l.followUp(), l.variable(), l.n(), l.missing(), l.baseline(),
                l.followUpMean(), l.change()));
        return csv.download("outcomes.csv");
    }

    /** Frequent attenders in the rolling window and their share of the acute and inpatient episodes. */
    @Get("/frequent-attenders")
    public Map<String, Figure> frequentAttenders() {
        return groups.frequentAttenders();
    }

    /**
     * `frequentAttenders`, `persons`, `shareOfPersons`, `shareOfAcuteVisits`, `shareOfInpatientEpisodes`,
     * `shareOfEpisodes`, `suggestedActions` (SIP, CASE_MANAGER) as figures, rolling window.
     *
     * Who may call it: client-work roles but housing, STEERING, USER_ORG, RESEARCHER.
     */
    @Get("/frequent-attenders/csv")
    public HttpResponse<String> frequentAttendersCsv() {
        Csv csv = Csv.of("figure", "value", "n", "missing");
        groups.frequentAttenders().forEach((name, f) -> csv.row(name, f.value(), f.n(), f.missing()));
        return csv.download("frequent-attenders.csv");
    }

    /** SIPs by status and by adherence, and reviews overdue. */
    @Get("/sips")
    public GroupReports.SipReport sips() {
        return groups.sips();
    }

    /**
     * `plans`, `byStatus`, `byAdherence` (`missing` = not yet assessed), `overdueReviews`; a breakdown with one cell
     * `"<5"` hides the next smallest too.
     *
     * Who may call it: client-work roles but housing, STEERING, USER_ORG, RESEARCHER.
     */
    @Get("/sips/csv")
    public HttpResponse<String> sipsCsv() {
        GroupReports.SipReport r = groups.sips();
        Csv csv = Csv.of("figure", "category", "value", "n", "missing");
        csv.row("plans", "", r.plans().value(), r.plans().n(), r.plans().missing());
        breakdownRows(csv, "status", r.byStatus());
        breakdownRows(csv, "adherence", r.byAdherence());
        csv.row("overdueReviews", "", r.overdueReviews().value(), r.overdueReviews().n(), r.overdueReviews().missing());
        return csv.download("sips.csv");
    }

    private static void breakdownRows(Csv csv, String figure, Figure f) {
        if (f.value() instanceof Map<?, ?> cells) {
            cells.forEach((category, value) -> csv.row(figure, category, value, f.n(), f.missing()));
        }
    }

    private FrequencyGroups.Report report(@Nullable String from, @Nullable String to) {
        ReportPeriod period = period(from, to);
        return report.report(period.from(), period.to());
    }

    /** The days a report covers, both included. */
    record ReportPeriod(LocalDate from, LocalDate to) {
    }

    /** {@code from} and {@code to} as given, else the twelve months up to {@code to} or today. */
    private ReportPeriod period(@Nullable String from, @Nullable String to) {
        LocalDate end = ListParams.date("to", to);
        end = end == null ? settings.today() : end;
        LocalDate start = ListParams.date("from", from);
        start = start == null ? end.minusYears(1).plusDays(1) : start;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return new ReportPeriod(start, end);
    }
}
