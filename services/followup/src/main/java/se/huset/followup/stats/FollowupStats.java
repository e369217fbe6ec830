package se.huset.followup.stats;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.FollowupSettings;
import se.huset.followup.alert.BetweenChairs;
import se.huset.followup.frequent.FrequentAttenders;
import se.huset.followup.sip.SipRepository;
import se.huset.contracts.stats.FollowupStatsDocument;
import se.huset.followup.alert.AlertRepository;
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
    public FollowupStatsDocument figures() {
        LocalDate today = settings.today();
        FrequentAttenders.Counts c = frequent.counts();
        var attenders = new FollowupStatsDocument.FrequentAttenders(
                SmallCells.figure(SmallCells.count(c.frequentAttenders()), c.persons(), 0),
                SmallCells.figure(SmallCells.share(c.frequentAttenders(), c.persons()), c.persons(), 0),
                SmallCells.figure(SmallCells.share(c.frequentEpisodes(), c.episodes()), c.episodes(), 0));

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

        AlertRepository.EndsSeen ends = betweenChairs.programmeEndsWithAftercare();
        long alerts = betweenChairs.unclosed();
        return new FollowupStatsDocument(attenders,
                SmallCells.figure(share(coverage), coverage.whole(), 0),
                SmallCells.figure(share(response), response.whole(), 0),
                SmallCells.figure(responseByProgram, response.whole(), 0),
                SmallCells.figure(responseByCohort, response.whole(), 0),
                SmallCells.figure(share(attrition), attrition.whole(), 0),
                SmallCells.figure(attritionByProgram, attrition.whole(), 0),
                SmallCells.figure(SmallCells.share(ends.seen(), ends.ends()), ends.ends(), 0),
                SmallCells.figure(SmallCells.count(sip.open()), sip.all(), 0),
                SmallCells.figure(SmallCells.count(sip.overdue()), sip.open(), 0),
                SmallCells.figure(SmallCells.count(alerts), alerts, 0));
    }

    private static Object share(FollowUpRates.Rate r) {
        return SmallCells.share(r.part(), r.whole());
    }
}
