package se.huset.casework.demo;

import org.junit.jupiter.api.Test;
import se.huset.casework.actualisation.ActualisationSource;
import se.huset.casework.decision.EnforcementDeadline;
import se.huset.casework.decision.Intervention;
import se.huset.casework.investigation.InvestigationOutcome;
import se.huset.casework.investigation.Law;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan of the demo history, without a database: its rules hold on an Östersund-sized queue of three years. */
class CaseworkHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ClinicTime.ZONE);

    /** About what intake's demo contacts make: some 1,800 matters of 600 persons over three years, a few unnamed. */
    static List<CaseworkHistory.Matter> matters(int count, int persons, Instant now, long seed) {
        Random rnd = new Random(seed);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            clients.add(new UUID(seed, i));
        }
        ActualisationSource[] sources = ActualisationSource.values();
        List<CaseworkHistory.Matter> matters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = now.minus((long) (rnd.nextDouble() * 3 * 365 * 24 * 60), ChronoUnit.MINUTES);
            // a few persons are actualised again and again
            UUID client = rnd.nextDouble() < 0.06 ? null
                    : clients.get(rnd.nextDouble() < 0.3 ? rnd.nextInt(persons / 20) : rnd.nextInt(persons));
            matters.add(new CaseworkHistory.Matter(new UUID(seed + 1, i), new UUID(seed + 2, i), client,
                    sources[rnd.nextInt(sources.length)], at.truncatedTo(ChronoUnit.MICROS)));
        }
        return matters;
    }

    @Test
    void theSameMattersOnTheSameDayGiveTheSameHistoryWhateverOrderTheyCameIn() {
        List<CaseworkHistory.Matter> matters = matters(1800, 600, NOW, 7);
        List<CaseworkHistory.Matter> shuffled = new ArrayList<>(matters);
        Collections.shuffle(shuffled, new Random(1));
        assertThat(CaseworkHistory.plan(shuffled, DemoScale.DEMO, NOW, 30).cases())
                .isEqualTo(CaseworkHistory.plan(matters, DemoScale.DEMO, NOW, 30).cases());
    }

    @Test
    void aboutTwoThirdsOfTheOlderMattersAreAssessedMostOpenedAndTheRestWithAReason() {
        CaseworkHistory history = CaseworkHistory.plan(matters(1800, 600, NOW, 7), DemoScale.DEMO, NOW, 30);
        long older = history.cases().size() + history.waiting().stream()
                .filter(m -> Duration.between(m.receivedAt(), NOW).compareTo(CaseworkHistory.MIN_AGE) >= 0).count();
        assertThat(history.cases().size() / (double) older).isBetween(0.96, 1.0);
        assertThat(history.cases()).allSatisfy(c -> {
            assertThat(c.assessedAt()).isAfter(c.matter().receivedAt()).isBefore(NOW);
            assertThat(Duration.between(c.matter().receivedAt(), c.assessedAt())).isLessThanOrEqualTo(Duration.ofDays(11));
            assertThat(c.opened() || c.reason() != null).as("a matter not opened says why").isTrue();
            assertThat(c.opened() && c.matter().clientId() == null).as("nobody to investigate").isFalse();
        });
        assertThat(history.cases().stream().filter(CaseworkHistory.Case::opened).count())
                .isGreaterThan(history.cases().size() / 2);
        assertThat(history.cases()).filteredOn(c -> c.law() == Law.LVM)
                .allSatisfy(c -> assertThat(c.matter().source()).isIn(ActualisationSource.REPORT, ActualisationSource.LOB))
                .isNotEmpty();
        assertThat(history.cases()).filteredOn(c -> !c.opened()).extracting(CaseworkHistory.Case::reason)
                .contains("Behovet tillgodoses av pågående öppenvård i Regionen", CaseworkHistory.UNIDENTIFIED,
                        CaseworkHistory.ALREADY_INVESTIGATED);
    }

    @Test
    void mostInvestigationsCloseWithinFourMonthsAndTwoLvmOnesArePastTheFlag() {
        CaseworkHistory history = CaseworkHistory.plan(matters(1800, 600, NOW, 7), DemoScale.DEMO, NOW, 30);
        List<CaseworkHistory.Case> closed = history.cases().stream().filter(c -> c.closedOn() != null).toList();
        assertThat(closed).allSatisfy(c -> assertThat(c.closedOn()).isAfter(c.openedOn()).isBeforeOrEqualTo(TODAY));
        assertThat(closed.stream().filter(c -> ChronoUnit.DAYS.between(c.openedOn(), c.closedOn())
                <= CaseworkHistory.SOL_DAYS).count()).isGreaterThan(closed.size() * 9L / 10);
        assertThat(closed).filteredOn(c -> c.law() == Law.LVM)
                .allSatisfy(c -> assertThat(ChronoUnit.DAYS.between(c.openedOn(), c.closedOn())).isLessThanOrEqualTo(30));
        List<CaseworkHistory.Case> open = history.cases().stream().filter(c -> c.opened() && c.closedOn() == null).toList();
        assertThat(open).hasSizeBetween(10, 80);
        assertThat(open).filteredOn(c -> c.law() == Law.LVM && ChronoUnit.DAYS.between(c.openedOn(), TODAY) > 30)
                .hasSize(2);
        assertThat(history.cases()).filteredOn(CaseworkHistory.Case::opened)
                .as("nobody has two investigations open at once")
                .allSatisfy(c -> assertThat(history.cases()).filteredOn(o -> o != c && o.opened()
                        && c.matter().clientId().equals(o.matter().clientId())
                        && !o.openedOn().isBefore(c.openedOn())
                        && (c.closedOn() == null || !o.openedOn().isAfter(c.closedOn()))).isEmpty());
    }

    @Test
    void decisionsFollowTheirInvestigationAndAFewGrantedOnesWaitPastThreeMonths() {
        CaseworkHistory history = CaseworkHistory.plan(matters(1800, 600, NOW, 7), DemoScale.DEMO, NOW, 30);
        List<CaseworkHistory.Case> decided = history.cases().stream().filter(CaseworkHistory.Case::decided).toList();
        assertThat(decided).allSatisfy(c -> {
            assertThat(c.outcome()).isIn(InvestigationOutcome.DECISION, InvestigationOutcome.LVM_APPLICATION);
            assertThat(c.decidedOn()).isAfterOrEqualTo(c.closedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(c.intervention() == Intervention.LVM_CARE)
                    .isEqualTo(c.outcome() == InvestigationOutcome.LVM_APPLICATION);
            if (c.granted()) {
                assertThat(c.validFrom()).isAfterOrEqualTo(c.decidedOn());
                assertThat(c.validTo()).isAfter(c.validFrom());
            } else {
                assertThat(c.enforcedOn()).isNull();
            }
            if (c.enforcedOn() != null) {
                assertThat(c.enforcedOn()).isAfterOrEqualTo(c.decidedOn()).isBeforeOrEqualTo(TODAY)
                        .isBefore(c.decidedOn().plusWeeks(7));
            }
        });
        assertThat(decided).extracting(CaseworkHistory.Case::intervention).containsAll(List.of(Intervention.values()));
        assertThat(decided.stream().filter(c -> !c.granted()).count()).isBetween(decided.size() / 20L, decided.size() / 6L);
        assertThat(decided).filteredOn(c -> c.granted() && c.enforcedOn() == null
                && TODAY.isAfter(c.decidedOn().plusMonths(EnforcementDeadline.MONTHS))).hasSize(5);
        assertThat(decided).filteredOn(c -> c.appealedOn() != null).singleElement()
                .satisfies(c -> assertThat(c.appealedOn()).isAfter(c.decidedOn()).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void theNewestMattersWaitInTheQueue() {
        CaseworkHistory history = CaseworkHistory.plan(matters(1800, 600, NOW, 7), DemoScale.DEMO, NOW, 30);
        assertThat(history.cases()).noneMatch(c -> Duration.between(c.matter().receivedAt(), NOW)
                .compareTo(CaseworkHistory.MIN_AGE) < 0);
    }
}
