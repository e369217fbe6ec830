package se.huset.followup.report;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.frequent.FrequentAttenders;
import se.huset.followup.sip.SipPlan;
import se.huset.followup.sip.SipRepository;
import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group reports on frequent attenders and SIPs, for the steering group: counts, shares and breakdowns, each
 * through {@link SmallCells}. A breakdown is published with its total, so a single small cell takes the next
 * smallest with it.
 */
@Singleton
public class GroupReports {

    /** The frequent-attender figures, in the order the report shows them. */
    public static final List<String> FREQUENT_FIGURES = List.of("frequentAttenders", "persons", "shareOfPersons",
            "shareOfAcuteVisits", "shareOfInpatientEpisodes", "shareOfEpisodes", "suggestedActions");

    private final FrequentAttenders frequent;
    private final SipRepository sips;
    private final FollowupSettings settings;

    public GroupReports(FrequentAttenders frequent, SipRepository sips, FollowupSettings settings) {
        this.frequent = frequent;
        this.sips = sips;
        this.settings = settings;
    }

    /** By status and by adherence (n = plans assessed, missing = not yet assessed), and reviews overdue. */
    @Serdeable
    public record SipReport(Figure plans, Figure byStatus, Figure byAdherence, Figure overdueReviews) {
    }

    /** Frequent attenders in the rolling window and their share of the acute and inpatient episodes (seed 000's 7 % / 38 %). */
    @Transactional(readOnly = true)
    public Map<String, Figure> frequentAttenders() {
        FrequentAttenders.Counts c = frequent.counts();
        Map<String, Long> actions = new LinkedHashMap<>();
        c.suggestions().forEach((action, n) -> actions.put(action.name(), n));
        Map<String, Figure> f = new LinkedHashMap<>();
        f.put("frequentAttenders", SmallCells.figure(SmallCells.count(c.frequentAttenders()), c.persons(), 0));
        f.put("persons", SmallCells.figure(SmallCells.count(c.persons()), c.persons(), 0));
        f.put("shareOfPersons", SmallCells.figure(SmallCells.share(c.frequentAttenders(), c.persons()), c.persons(), 0));
        f.put("shareOfAcuteVisits", SmallCells.figure(SmallCells.share(c.frequentAcute(), c.acute()), c.acute(), 0));
        f.put("shareOfInpatientEpisodes", SmallCells.figure(SmallCells.share(c.frequentInpatient(), c.inpatient()), c.inpatient(), 0));
        f.put("shareOfEpisodes", SmallCells.figure(SmallCells.share(c.frequentEpisodes(), c.episodes()), c.episodes(), 0));
        f.put("suggestedActions", SmallCells.figure(SmallCells.breakdown(actions), c.frequentAttenders(), 0));
        return f;
    }

    @Transactional(readOnly = true)
    public SipReport sips() {
        Map<String, Map<String, Long>> raw = sips.breakdown();
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (SipPlan.Status s : SipPlan.Status.values()) {
            statuses.put(s.name(), raw.getOrDefault("status", Map.of()).getOrDefault(s.name(), 0L));
        }
        Map<String, Long> adherence = new LinkedHashMap<>();
        for (SipPlan.Adherence a : SipPlan.Adherence.values()) {
            adherence.put(a.name(), raw.getOrDefault("adherence", Map.of()).getOrDefault(a.name(), 0L));
        }
        long all = SmallCells.total(statuses);
        long assessed = SmallCells.total(adherence);
        long overdue = sips.counts(settings.today()).overdue();
        return new SipReport(SmallCells.figure(SmallCells.count(all), all, 0), SmallCells.figure(SmallCells.breakdown(statuses), all, 0),
                SmallCells.figure(SmallCells.breakdown(adherence), assessed, all - assessed),
                SmallCells.figure(SmallCells.count(overdue), all, 0));
    }
}
