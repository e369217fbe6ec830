package se.huset.followup.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import se.huset.kit.client.ClientNames;
import se.huset.kit.problem.Inputs;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
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
import se.huset.followup.FollowupSettings;
import se.huset.followup.form.Choices;
import se.huset.followup.form.LifeSituationRequest;
import se.huset.followup.form.RecordingLifeSituation;
import se.huset.followup.frequency.FrequencyGroups;
import se.huset.followup.frequency.FrequencyReport;
import se.huset.followup.frequent.FrequentAttenderController;
import se.huset.followup.frequent.FrequentAttenders;
import se.huset.followup.outcome.OutcomeReport;
import se.huset.followup.report.GroupReports;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpStatus;
import se.huset.followup.schedule.FollowUps;
import se.huset.kit.problem.ProblemException;
import se.huset.contracts.stats.Figure;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follow-up's pages: a staff member's due list, the follow-up form, the frequent attenders and the group reports
 * (frequency groups, outcome change, frequent attenders, SIP). Client-level parts go through the same consent guard as the API; the reports are aggregates only.
 */
@Controller("/followup")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class FollowupPages {

    private final FollowUps followUps;
    private final RecordingLifeSituation forms;
    private final FrequentAttenders frequent;
    private final FrequencyReport frequency;
    private final OutcomeReport outcomes;
    private final GroupReports groups;
    private final ReportCharts charts;
    private final FollowupSettings settings;
    private final ClientNames names;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public FollowupPages(FollowUps followUps, RecordingLifeSituation forms, FrequentAttenders frequent,
                         FrequencyReport frequency, OutcomeReport outcomes, GroupReports groups, ReportCharts charts,
                         FollowupSettings settings, ClientNames names, HttpLocaleResolver locales,
                         Clock clock) {
        this.names = names;
        this.locales = locales;
        this.clock = clock;
        this.followUps = followUps;
        this.forms = forms;
        this.frequent = frequent;
        this.settings = settings;
        this.frequency = frequency;
        this.outcomes = outcomes;
        this.groups = groups;
        this.charts = charts;
    }

    @Get("/due")
    public HttpResponse<ModelAndView<Map<String, Object>>> due(HttpRequest<?> request, @Nullable @QueryValue String saved,
                                                               Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        model.put("saved", saved != null);
        model.put("closing", List.of(FollowUpStatus.MISSED, FollowUpStatus.DECLINED));
        model.put("dates", PageDates.of(locales.resolveOrDefault(request), clock));
        model.put("q", request.getParameters().asMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
        model.put("today", settings.today());
        FollowUps.DueQuery query;
        try {
            query = FollowUps.DueQuery.of(request);
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            model.put("invalid", e.problem().errors().get(0).field());
            model.put("items", List.of());
            model.put("withheld", 0);
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>("followup/due", model));
        }
        FollowUps.DueList due = followUps.due(Staff.of(auth), query);
        model.put("due", due);
        model.put("items", due.items());
        model.put("withheld", due.withheld());
        model.put("names", names.of(request, due.items().stream().map(FollowUp::clientId).toList()));
        model.put("next", due.next() == null ? null : PageLinks.next(request, new se.huset.kit.list.Page<>(due.items(), due.next(), 0)));
        model.put("first", PageLinks.first(request));
        return HttpResponse.ok(new ModelAndView<>("followup/due", model));
    }

    @Post("/follow-ups/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> claim(UUID id, Authentication auth) {
        followUps.claim(Staff.of(auth), id);
        return HttpResponse.seeOther(URI.create("/followup/due"));
    }

    /** Missed or declined from the due list; DONE comes with the form. */
    @Post("/follow-ups/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(UUID id, @Body Map<String, String> form, Authentication auth) {
        FollowUpStatus status = Inputs.oneOf("status", form.get("status"), FollowUpStatus.class);
        if (status == FollowUpStatus.DUE || status == FollowUpStatus.DONE) {
            throw ProblemException.invalid("status", "choose MISSED or DECLINED; a done follow-up is recorded with its form");
        }
        followUps.close(Staff.of(auth), id, status);
        return HttpResponse.seeOther(URI.create("/followup/due?saved=" + id));
    }

    @Get("/follow-ups/{id}/form")
    public ModelAndView<Map<String, Object>> form(UUID id, Authentication auth) {
        return formPage(followUps.read(Staff.of(auth), id), null, Map.of());
    }

    @Post("/follow-ups/{id}/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(UUID id, @Body Map<String, String> form, Authentication auth) {
        Staff staff = Staff.of(auth);
        FollowUp followUp = followUps.read(staff, id);
        try {
            forms.record(staff, new LifeSituationRequest(followUp.clientId().toString(), id.toString(),
                    form.get("housing"), form.get("occupation"), form.get("incomeSource"),
                    number("alcoholDays", form.get("alcoholDays")), number("drugDays", form.get("drugDays")),
                    yesNo(form.get("crime")), number("health", form.get("health")),
                    number("qualityOfLife", form.get("qualityOfLife")), number("treatment", form.get("treatment")),
                    form.get("ownGoal"), form.get("asiGrundOn"), form.get("asiFollowUpOn")));
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            return formPage(followUp, e.problem().detail(), form);
        }
        return HttpResponse.seeOther(URI.create("/followup/due?saved=" + id));
    }

    @Get("/frequent-attenders")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<ModelAndView<Map<String, Object>>> frequentAttenders(HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        Map<String, Object> model = new HashMap<>();
        // the SIP pages are for those who keep plans
        model.put("sipLink", staff.hasAny(List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER)));
        FrequentAttenders.Listing listing;
        try {
            listing = frequent.list(staff, FrequentAttenderController.cursor(request), FrequentAttenderController.limit(request));
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            model.put("invalid", e.problem().errors().get(0).field());
            model.put("items", List.of());
            model.put("withheld", 0);
            model.put("count", 0);
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>("followup/frequent", model));
        }
        model.put("items", listing.items());
        model.put("withheld", listing.withheld());
        model.put("count", listing.count());
        model.put("names", names.of(request, listing.items().stream().map(FrequentAttenders.Item::clientId).toList()));
        model.put("dates", PageDates.of(locales.resolveOrDefault(request), clock));
        model.put("next", listing.next() == null ? null
                : PageLinks.next(request, new se.huset.kit.list.Page<>(listing.items(), listing.next(), 0)));
        model.put("first", PageLinks.first(request));
        return HttpResponse.ok(new ModelAndView<>("followup/frequent", model));
    }

    @Get("/reports")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG, Roles.RESEARCHER})
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

    /** One reporter's count in a group, or the whole cell suppressed when {@code key} is null. */
    public record ReporterCell(@Nullable String key, Object value) {
    }

    private static List<ReporterCell> reporters(Object value) {
        if (value instanceof Map<?, ?> counts) {
            return counts.entrySet().stream().map(e -> new ReporterCell(e.getKey().toString(), e.getValue())).toList();
        }
        return List.of(new ReporterCell(null, value));
    }

    private ModelAndView<Map<String, Object>> formPage(FollowUp followUp, @Nullable String error, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("followUp", followUp);
        model.put("error", error);
        model.put("typed", typed);
        model.put("housings", Choices.Housing.values());
        model.put("occupations", Choices.Occupation.values());
        model.put("incomeSources", Choices.IncomeSource.values());
        model.put("ownGoals", Choices.OwnGoal.values());
        model.put("scale", List.of(1, 2, 3, 4, 5));
        model.put("scales", List.of("health", "qualityOfLife", "treatment"));
        return new ModelAndView<>("followup/form", model);
    }

    @Nullable
    private static Integer number(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    @Nullable
    private static Boolean yesNo(@Nullable String text) {
        return text == null || text.isBlank() ? null : "yes".equals(text);
    }
}
