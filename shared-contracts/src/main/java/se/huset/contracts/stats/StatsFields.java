package se.huset.contracts.stats;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The figures the rollout plan reads from the services' stats documents: the written-down half of the KPIs. */
public final class StatsFields {

    /** Each service's stats document. */
    public static final Map<String, Class<?>> DOCUMENTS = Map.of(
            "intake", IntakeStatsDocument.class,
            "booking", BookingStatsDocument.class,
            "programs", ProgramsStatsDocument.class,
            "housing", HousingStatsDocument.class,
            "followup", FollowupStatsDocument.class,
            "casework", CaseworkStatsDocument.class);

    public static final List<StatsField<?>> ALL = List.of(
            intake("contactsPerWeek[last].contacts", Unit.COUNT, Better.HIGHER,
                    d -> lastWholeWeek(d).map(IntakeStatsDocument.Week::contacts)),
            intake("triage.medianMinutesToTriage", Unit.MINUTES, Better.LOWER,
                    d -> Optional.ofNullable(d.triage()).map(IntakeStatsDocument.TriageTimes::medianMinutesToTriage)),
            intake("triage.shareTriagedWithinOneWorkingDay", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.triage()).map(IntakeStatsDocument.TriageTimes::shareTriagedWithinOneWorkingDay)),
            intake("activeClientsWithConsentCoveringBothOrgs", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.activeClientsWithConsentCoveringBothOrgs())),
            intake("activeClientsWithCoordinator", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.activeClientsWithCoordinator())),
            booking("medianDaysContactToFirstVisit", Unit.DAYS, Better.LOWER,
                    d -> Optional.ofNullable(d.medianDaysContactToFirstVisit())),
            booking("shareFirstVisitWithinGuarantee", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.shareFirstVisitWithinGuarantee())),
            booking("staffedReceptionHoursPerWeekByOrg.value.REGION", Unit.HOURS, Better.HIGHER,
                    d -> entry(d.staffedReceptionHoursPerWeekByOrg(), "REGION")),
            booking("staffedReceptionHoursPerWeekByOrg.value.KOMMUN", Unit.HOURS, Better.HIGHER,
                    d -> entry(d.staffedReceptionHoursPerWeekByOrg(), "KOMMUN")),
            booking("userOrgPresenceHoursPerWeekTotal", Unit.HOURS, Better.HIGHER,
                    d -> Optional.ofNullable(d.userOrgPresenceHoursPerWeekTotal())),
            programs("coFacilitatedGroups", Unit.GROUPS, Better.HIGHER, d -> Optional.ofNullable(d.coFacilitatedGroups())),
            programs("completionRate", Unit.SHARE, Better.HIGHER, d -> Optional.ofNullable(d.completionRate())),
            programs("dropOutRate", Unit.SHARE, Better.LOWER, d -> Optional.ofNullable(d.dropOutRate())),
            // a client in both bodies' programmes at once is the double work the integration is meant to end
            programs("parallelTrackClients", Unit.COUNT, Better.LOWER, d -> Optional.ofNullable(d.parallelTrackClients())),
            housing("endingsWithAftercarePlan", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.endingsWithAftercarePlan())),
            housing("externalCostPerMonth[last]", Unit.SEK, Better.LOWER,
                    d -> d.externalCostPerMonth() == null ? Optional.empty() : last(List.copyOf(d.externalCostPerMonth().values()))),
            followup("programmeEndsWithAftercare", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.programmeEndsWithAftercare())),
            followup("frequentAttenders.count", Unit.COUNT, Better.LOWER,
                    d -> Optional.ofNullable(d.frequentAttenders()).map(FollowupStatsDocument.FrequentAttenders::count)),
            followup("frequentAttenders.shareOfPersons", Unit.SHARE, Better.LOWER,
                    d -> Optional.ofNullable(d.frequentAttenders()).map(FollowupStatsDocument.FrequentAttenders::shareOfPersons)),
            followup("frequentAttenders.shareOfEpisodes", Unit.SHARE, Better.LOWER,
                    d -> Optional.ofNullable(d.frequentAttenders()).map(FollowupStatsDocument.FrequentAttenders::shareOfEpisodes)),
            followup("followUpCoverage", Unit.SHARE, Better.HIGHER, d -> Optional.ofNullable(d.followUpCoverage())),
            followup("responseRate", Unit.SHARE, Better.HIGHER, d -> Optional.ofNullable(d.responseRate())),
            followup("openSips", Unit.COUNT, Better.HIGHER, d -> Optional.ofNullable(d.openSips())),
            // a matter assessed away is a person nobody follows "från aktualisering till utredning och insats"
            // (Söderhamn 2024): the steering group wants the share that leads on to rise
            casework("shareLeadingToInvestigation", Unit.SHARE, Better.HIGHER,
                    d -> Optional.ofNullable(d.shareLeadingToInvestigation())),
            casework("medianInvestigationDaysByLaw.value.SOL", Unit.DAYS, Better.LOWER,
                    d -> entry(d.medianInvestigationDaysByLaw(), "SOL")),
            // SoL 16 kap. 6 f §: each is a report to IVO
            casework("unenforcedPastDeadline", Unit.COUNT, Better.LOWER,
                    d -> Optional.ofNullable(d.unenforcedPastDeadline())));

    private StatsFields() {
    }

    public static Optional<StatsField<?>> find(String service, String name) {
        return ALL.stream().filter(f -> f.service().equals(service) && f.name().equals(name)).findFirst();
    }

    /**
     * The last week that has ended: the week in progress when the document was made counts only its first days (on
     * a Monday morning, a handful of contacts), which is no week's figure. Weeks are ISO weeks in the clinic's zone,
     * Europe/Stockholm (kit {@code ClinicTime}; the contracts know no kit), labelled as intake labels them.
     */
    private static Optional<IntakeStatsDocument.Week> lastWholeWeek(IntakeStatsDocument d) {
        List<IntakeStatsDocument.Week> weeks = d.contactsPerWeek();
        if (weeks == null || weeks.isEmpty() || d.generatedAt() == null) {
            return last(weeks);
        }
        ZonedDateTime made = d.generatedAt().atZone(ZoneId.of("Europe/Stockholm"));
        String current = String.format("%d-W%02d", made.get(IsoFields.WEEK_BASED_YEAR),
                made.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return current.equals(weeks.get(weeks.size() - 1).week())
                ? (weeks.size() > 1 ? Optional.ofNullable(weeks.get(weeks.size() - 2)) : Optional.empty())
                : last(weeks);
    }

    private static <T> Optional<T> last(List<T> list) {
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(list.size() - 1));
    }

    /** One entry of a figure whose value is a breakdown, with the breakdown's n and missing. */
    private static Optional<Figure> entry(Figure breakdown, String key) {
        if (breakdown == null || !(breakdown.value() instanceof Map<?, ?> values) || !values.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(new Figure(values.get(key), breakdown.n(), breakdown.missing()));
    }

    private static StatsField<IntakeStatsDocument> intake(String name, Unit unit, Better better,
                                                          Function<IntakeStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("intake", name, IntakeStatsDocument.class, unit, better, reader);
    }

    private static StatsField<BookingStatsDocument> booking(String name, Unit unit, Better better,
                                                            Function<BookingStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("booking", name, BookingStatsDocument.class, unit, better, reader);
    }

    private static StatsField<ProgramsStatsDocument> programs(String name, Unit unit, Better better,
                                                              Function<ProgramsStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("programs", name, ProgramsStatsDocument.class, unit, better, reader);
    }

    private static StatsField<HousingStatsDocument> housing(String name, Unit unit, Better better,
                                                            Function<HousingStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("housing", name, HousingStatsDocument.class, unit, better, reader);
    }

    private static StatsField<CaseworkStatsDocument> casework(String name, Unit unit, Better better,
                                                              Function<CaseworkStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("casework", name, CaseworkStatsDocument.class, unit, better, reader);
    }

    private static StatsField<FollowupStatsDocument> followup(String name, Unit unit, Better better,
                                                              Function<FollowupStatsDocument, Optional<Figure>> reader) {
        return new StatsField<>("followup", name, FollowupStatsDocument.class, unit, better, reader);
    }
}
