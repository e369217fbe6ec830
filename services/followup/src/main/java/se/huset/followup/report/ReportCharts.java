package se.huset.followup.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.huset.followup.frequency.FrequencyGroups;
import se.huset.followup.outcome.OutcomeReport;
import se.huset.followup.sip.SipPlan;
import se.huset.contracts.stats.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the report charts, from the same suppressed figures as the tables: a "<5" becomes null (a gap), so
 * a chart can never show what its table hides. Labels and series are message keys, translated by the page.
 */
@Singleton
public class ReportCharts {

    private final JsonMapper json;

    public ReportCharts(JsonMapper json) {
        this.json = json;
    }

    /**
     * One chart: {@code values} is a JSON array per series, in the order of {@code labelKeys}; an outcome chart names
     * its programme ({@code subject}) and follow-up ({@code subjectKey}).
     */
    public record Chart(String id, List<String> labelKeys, List<String> seriesKeys, String values, @Nullable String subject,
                        @Nullable String subjectKey) {
    }

    public Chart frequencyGroups(FrequencyGroups.Report report) {
        List<String> labels = report.groups().stream().map(g -> "chart.group." + g.contacts()).toList();
        List<Object> persons = report.groups().stream().map(g -> g.figures().get("persons").value()).toList();
        List<Object> contacts = report.groups().stream().map(g -> g.figures().get("contacts").value()).toList();
        return chart("chart-frequency", labels, List.of("col.persons", "col.contactCount"), List.of(persons, contacts));
    }

    /** One chart per programme and follow-up: the paired means at baseline and at the follow-up, per variable. */
    public List<Chart> outcomes(List<OutcomeReport.Line> lines) {
        Map<String, List<OutcomeReport.Line>> byChart = new LinkedHashMap<>();
        lines.forEach(l -> byChart.computeIfAbsent(l.program() + "|" + l.followUp(), k -> new ArrayList<>()).add(l));
        List<Chart> out = new ArrayList<>();
        int i = 0;
        for (List<OutcomeReport.Line> group : byChart.values()) {
            Chart c = chart("chart-outcome-" + i++, group.stream().map(l -> "outcome.var." + l.variable()).toList(),
                    List.of("outcome.baseline", "outcome.followUpMean"),
                    List.of(group.stream().map(OutcomeReport.Line::baseline).toList(),
                            group.stream().map(OutcomeReport.Line::followUpMean).toList()));
            OutcomeReport.Line first = group.get(0);
            out.add(new Chart(c.id(), c.labelKeys(), c.seriesKeys(), c.values(), first.program(), "kind." + first.followUp()));
        }
        return out;
    }

    /** The frequent attenders' shares, in per cent. */
    public Chart frequentAttenders(Map<String, Figure> figures) {
        List<String> shares = List.of("shareOfPersons", "shareOfAcuteVisits", "shareOfInpatientEpisodes", "shareOfEpisodes");
        List<Object> percent = shares.stream().map(s -> figures.get(s).value())
                .map(v -> v instanceof Number n ? (Object) (Math.round(n.doubleValue() * 1000) / 10.0) : v).toList();
        return chart("chart-frequent", shares.stream().map(s -> "frequentReport." + s).toList(), List.of("chart.percent"),
                List.of(percent));
    }

    public List<Chart> sips(GroupReports.SipReport report) {
        return List.of(
                breakdown("chart-sip-status", report.byStatus(), Arrays.stream(SipPlan.Status.values()).map(Enum::name).toList(),
                        "sip.status."),
                breakdown("chart-sip-adherence", report.byAdherence(),
                        Arrays.stream(SipPlan.Adherence.values()).map(Enum::name).toList(), "sip.adherence."));
    }

    private Chart breakdown(String id, Figure figure, List<String> categories, String keyPrefix) {
        Map<?, ?> cells = figure.value() instanceof Map<?, ?> m ? m : Map.of();
        return chart(id, categories.stream().map(c -> keyPrefix + c).toList(), List.of("chart.plans"),
                List.of(categories.stream().map(c -> (Object) cells.get(c)).toList()));
    }

    private Chart chart(String id, List<String> labels, List<String> series, List<List<Object>> values) {
        List<List<Double>> numbers = values.stream().map(v -> v.stream().map(ReportCharts::number).toList()).toList();
        try {
            return new Chart(id, labels, series, json.writeValueAsString(numbers), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published number, or null for a suppressed ("<5") or absent cell. */
    static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
