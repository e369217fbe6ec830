package se.huset.followup.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.alert.BetweenChairs;
import se.huset.followup.frequent.FrequentAttenders;
import se.huset.followup.sip.SipRepository;
import se.huset.kit.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures the rollout dashboard reads; every count and share through {@link SmallCells}. */
@Singleton
public class FollowupStats {

    private final FollowUpRates rates = new FollowUpRates();
    private final FrequentAttenders frequent;
    private final FollowUpTallies tallies;
    private final SipRepository sips;
    private final BetweenChairs betweenChairs;
    private final FollowupSettings settings;

    public FollowupStats(FrequentAttenders frequent, FollowUpTallies tallies, SipRepository sips,
                         BetweenChairs betweenChairs, FollowupSettings settings) {
        this.betweenChairs = betweenChairs;
        this.frequent = frequent;
        this.tallies = tallies;
        this.sips = sips;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> figures() {
        LocalDate today = settings.today();
        FrequentAttenders.Counts c = frequent.counts();
        Map<String, Figure> attenders = new LinkedHashMap<>();
        attenders.put("count", Figure.of(SmallCells.count(c.frequentAttenders()), c.persons(), 0));
        attenders.put("shareOfPersons", Figure.of(SmallCells.share(c.frequentAttenders(), c.persons()), c.persons(), 0));
        attenders.put("shareOfEpisodes", Figure.of(SmallCells.share(c.frequentEpisodes(), c.episodes()), c.episodes(), 0));

        List<FollowUpRates.Tally> all = tallies.count(today);
        Map<String, List<FollowUpRates.Tally>> byProgram = all.stream().collect(Collectors.groupingBy(
                FollowUpRates.Tally::program, TreeMap::new, Collectors.toList()));
        Map<String, Object> responseByProgram = new LinkedHashMap<>();
        Map<String, Object> attritionByProgram = new LinkedHashMap<>();
        byProgram.forEach((program, list) -> {
            responseByProgram.put(program, share(rates.response(list)));
            attritionByProgram.put(program, share(rates.attrition(list)));
        });
        Map<String, Object> responseByCohort = new LinkedHashMap<>();
        rates.byCohort(all).forEach((cohort, list) -> responseByCohort.put(cohort, share(rates.response(list))));
        FollowUpRates.Rate response = rates.response(all);
        FollowUpRates.Rate coverage = rates.coverage(all);
        FollowUpRates.Rate attrition = rates.attrition(all);
        SipRepository.Counts sip = sips.counts(today);

        Map<String, Object> f = new LinkedHashMap<>();
        f.put("frequentAttenders", attenders);
        f.put("followUpCoverage", Figure.of(share(coverage), coverage.whole(), 0));
        f.put("responseRate", Figure.of(share(response), response.whole(), 0));
        f.put("responseRateByProgram", Figure.of(responseByProgram, response.whole(), 0));
        f.put("responseRateByCohort", Figure.of(responseByCohort, response.whole(), 0));
        f.put("attrition", Figure.of(share(attrition), attrition.whole(), 0));
        f.put("attritionByProgram", Figure.of(attritionByProgram, attrition.whole(), 0));
        f.put("openSips", Figure.of(SmallCells.count(sip.open()), sip.all(), 0));
        f.put("overdueSipReviews", Figure.of(SmallCells.count(sip.overdue()), sip.open(), 0));
        long alerts = betweenChairs.unclosed();
        f.put("openBetweenChairsAlerts", Figure.of(SmallCells.count(alerts), alerts, 0));
        return f;
    }

    private static Object share(FollowUpRates.Rate r) {
        return SmallCells.share(r.part(), r.whole());
    }
}
