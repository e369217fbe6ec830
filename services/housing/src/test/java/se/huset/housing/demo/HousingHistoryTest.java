package se.huset.housing.demo;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.housing.aftercare.AftercareRequired;
import se.huset.housing.alert.Alert;
import se.huset.housing.alert.AlertState;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.Intervention;
import se.huset.housing.decision.LegalBasis;
import se.huset.housing.placement.EndReason;
import se.huset.housing.placement.Placement;
import se.huset.housing.placement.PlacementEligibility;
import se.huset.housing.placement.PlacementStatus;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitType;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The county plan, without a database: the volumes of issue 14 by the rules the use cases keep. */
class HousingHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ClinicTime.ZONE);

    private final List<Unit> units = DemoUnit.of(DemoScale.COUNTY).stream()
            .map(d -> new Unit(UUID.randomUUID(), d.name(), d.request().type(), d.request().capacity(),
                    d.request().minAge(), d.request().decisionRequired(), d.request().provider(),
                    d.request().costPerDay(), 0, 0))
            .toList();
    private final Map<UUID, Unit> unitsById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    /** Intake's county: 15,000 clients, a third of them the Kommun's. */
    private final List<ClientFact> clients = clients(5_000, 10_000);
    private final Map<UUID, ClientFact> clientsById = clients.stream()
            .collect(Collectors.toMap(ClientFact::clientId, Function.identity()));
    /** Casework's county: some three hundred housing decisions a year. */
    private final List<Decision> fromCasework = decisions(clients, TODAY, 5, 300);
    private final HousingHistory history = HousingHistory.plan(DemoScale.COUNTY, units, clients, fromCasework, NOW);
    private final Map<UUID, Decision> decisions = fromCasework.stream()
            .collect(Collectors.toMap(Decision::id, Function.identity()));
    private final List<Placement> moveIns = history.placements().stream().filter(p -> p.placedAt() != null).toList();

    @Test
    void twoThousandPlacementsOverFiveYearsOfTheKommunsClientsOrOnCaseworksDecisions() {
        assertThat(moveIns.size()).isGreaterThanOrEqualTo(2_000);
        assertThat(units).hasSizeBetween(8, 12);
        assertThat(history.placements()).allSatisfy(p -> {
            if (p.decisionId() == null) {
                assertThat(clientsById.get(p.clientId()).ownerOrg()).isEqualTo(Org.KOMMUN);
            }
            assertThat(p.ownerOrg()).isEqualTo(Org.KOMMUN);
            assertThat(p.requestedAt()).isAfterOrEqualTo(TODAY.minusYears(5).atStartOfDay(ClinicTime.ZONE).toInstant())
                    .isBeforeOrEqualTo(NOW);
        });
        assertThat(moveIns.stream().map(Placement::requestedAt).min(Comparator.naturalOrder()).orElseThrow())
                .as("the history spans the five years").isBefore(NOW.minusSeconds(86_400L * 365 * 4));
        assertThat(HousingHistory.plan(DemoScale.COUNTY, units, clients, fromCasework, NOW).placements())
                .as("deterministic").isEqualTo(history.placements());
    }

    @Test
    void aPlaceThatRequiresADecisionIsTakenOnTheDayCaseworkCarriedTheDecisionOut() {
        List<Placement> onDecisions = history.placements().stream().filter(p -> p.decisionId() != null).toList();
        assertThat(onDecisions).hasSizeGreaterThan(400);
        assertThat(onDecisions.stream().map(Placement::decisionId).distinct().count()).as("each decision once")
                .isEqualTo(onDecisions.size());
        assertThat(onDecisions).allSatisfy(p -> {
            Decision d = decisions.get(p.decisionId());
            assertThat(d.intervention()).isEqualTo(Intervention.carriedOutIn(unitsById.get(p.unitId()).type()));
            assertThat(p.coordinator()).as("the decider").isEqualTo(d.decidedBy());
            if (p.placedAt() == null) {
                assertThat(d.enforcedOn()).as("today's queue waits on decisions not carried out").isNull();
            } else {
                assertThat(LocalDate.ofInstant(p.placedAt(), ClinicTime.ZONE)).isEqualTo(d.enforcedOn());
            }
        });
        assertThat(history.decisions()).as("the decisions the placements rest on")
                .containsExactlyInAnyOrderElementsOf(onDecisions.stream().map(p -> decisions.get(p.decisionId())).toList());
    }

    @Test
    void noUnitEverHoldsMoreThanItsPlacesNorAPlaceTwoPeople() {
        for (Unit unit : units) {
            List<Placement> stays = moveIns.stream().filter(p -> p.unitId().equals(unit.id())).toList();
            // residents only rise at a move-in: counting there counts every day's highest
            for (Placement p : stays) {
                assertThat(residents(stays, p.placedAt())).as(unit.name() + " at " + p.placedAt())
                        .isLessThanOrEqualTo(unit.capacity());
                assertThat(stays).filteredOn(o -> o != p && o.placeNumber().equals(p.placeNumber())
                        && overlap(o, p)).as("one person in a place").isEmpty();
            }
            DemoUnit profile = DemoUnit.of(DemoScale.COUNTY).stream().filter(d -> d.name().equals(unit.name()))
                    .findFirst().orElseThrow();
            assertThat(stays).filteredOn(p -> p.status() == PlacementStatus.PLACED).as(unit.name() + " today")
                    .hasSize(profile.residentsToday());
            assertThat(history.placements()).filteredOn(p -> p.unitId().equals(unit.id())
                    && p.status() == PlacementStatus.WAITING).as(unit.name() + "'s waiting list")
                    .hasSize(profile.waitingToday());
        }
    }

    @Test
    void aClientHasOneHomeAtATimeAndNoneAfterDeath() {
        Map<UUID, List<Placement>> byClient = moveIns.stream().collect(Collectors.groupingBy(Placement::clientId));
        assertThat(byClient.size()).as("clients come back, but many are housed").isGreaterThan(800);
        byClient.values().forEach(stays -> {
            List<Placement> sorted = stays.stream().sorted(Comparator.comparing(Placement::placedAt)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                Placement before = sorted.get(i - 1);
                assertThat(before.endedAt()).as("moved out before moving in again").isNotNull()
                        .isBefore(sorted.get(i).placedAt());
                assertThat(before.endReason()).isNotEqualTo(EndReason.DECEASED);
            }
        });
    }

    @Test
    void everyMoveInAndQueueingKeepsTheEligibilityRuleAndQueuesOnlyForAFullUnit() {
        for (Placement p : history.placements()) {
            Unit unit = unitsById.get(p.unitId());
            Decision decision = p.decisionId() == null ? null : decisions.get(p.decisionId());
            assertThat(decision == null).isEqualTo(!unit.requiresDecision());
            for (Instant at : p.placedAt() == null ? List.of(p.requestedAt()) : List.of(p.requestedAt(), p.placedAt())) {
                assertThat(PlacementEligibility.refusal(unit, Optional.of(clientsById.get(p.clientId())), decision,
                        LocalDate.ofInstant(at, ClinicTime.ZONE))).as(p.toString()).isEmpty();
            }
            if (decision != null) {
                assertThat(decision.legalBasis()).isEqualTo(unit.type() == UnitType.EXTERNAL_SIS
                        ? LegalBasis.LVM : LegalBasis.SOL_4_1);
                assertThat(decision.validFrom()).isAfterOrEqualTo(decision.decisionDate());
                assertThat(decision.validTo()).isBeforeOrEqualTo(decision.validFrom().plusYears(3));
                assertThat(decision.recordedAt()).isBeforeOrEqualTo(p.requestedAt());
                assertThat(decision.clientId()).isEqualTo(p.clientId());
            }
            if (p.placedAt() == null || p.requestedAt().isBefore(p.placedAt())) {
                List<Placement> stays = moveIns.stream().filter(o -> o.unitId().equals(unit.id())).toList();
                assertThat(residents(stays, p.requestedAt())).as("queued at a full " + unit.name())
                        .isEqualTo(unit.capacity());
            }
        }
        assertThat(moveIns).filteredOn(p -> p.requestedAt().isBefore(p.placedAt())).as("some waited")
                .hasSizeGreaterThan(100);
    }

    @Test
    void everyMoveOutButADeathHasAnAftercarePlanAndALostPlaceAnAlert() {
        List<Placement> ended = moveIns.stream().filter(p -> p.status() == PlacementStatus.ENDED).toList();
        assertThat(ended).hasSizeGreaterThan(1_900).allSatisfy(p -> {
            assertThat(p.endReason()).isNotNull();
            assertThat(AftercareRequired.problems(p.endReason().requiresAftercare(), p.aftercare(),
                    LocalDate.ofInstant(p.endedAt(), ClinicTime.ZONE))).isEmpty();
        });
        Map<UUID, Alert> alerts = history.alerts().stream()
                .collect(Collectors.toMap(Alert::placementId, Function.identity()));
        assertThat(alerts.keySet()).isEqualTo(ended.stream().filter(p -> p.endReason().housingLost())
                .map(Placement::id).collect(Collectors.toSet()));
        ended.stream().filter(p -> p.endReason().housingLost()).forEach(p -> {
            Alert alert = alerts.get(p.id());
            assertThat(alert.raisedAt()).isEqualTo(p.endedAt());
            assertThat(alert.coordinator()).isEqualTo(p.coordinator());
        });
        long open = history.alerts().stream().filter(a -> a.state() == AlertState.OPEN).count();
        assertThat(open).as("tens of open alerts").isBetween(10L, 99L);
        assertThat(history.alerts()).filteredOn(a -> a.state() == AlertState.CLOSED)
                .allSatisfy(a -> assertThat(a.closeReason()).hasSizeBetween(3, 500));
    }

    @Test
    void aHundredThousandAuditRowsOfTheWorkAndTheReads() {
        List<AuditLog.PastAccess> accesses = history.accesses();
        assertThat(accesses).hasSize(100_000);
        Set<UUID> housed = history.placements().stream().map(Placement::clientId).collect(Collectors.toSet());
        Instant first = TODAY.minusYears(5).minusDays(30).atStartOfDay(ClinicTime.ZONE).toInstant();
        assertThat(accesses).allSatisfy(a -> {
            assertThat(a.at()).isBetween(first, NOW);
            assertThat(a.entry().username()).isIn("socialworker.kommun", "housing.kommun");
            assertThat(a.entry().org()).isEqualTo("KOMMUN");
            assertThat(a.entry().basis()).isEqualTo("OWNER");
            assertThat(housed).contains(a.entry().clientId());
            assertThat(a.entry().resource()).matches("(placement|decision|alert)/[0-9a-f-]{36}");
        });
        assertThat(accesses).isSortedAccordingTo(Comparator.comparing(AuditLog.PastAccess::at));
        Map<String, Long> actions = accesses.stream()
                .collect(Collectors.groupingBy(a -> a.entry().action(), Collectors.counting()));
        assertThat(actions).containsKeys("LIST", "READ", "CREATE", "PLACE", "END", "ACKNOWLEDGE", "CLOSE");
        assertThat(actions.get("END")).isEqualTo(moveIns.stream().filter(p -> p.endedAt() != null).count());
    }

    private static long residents(List<Placement> stays, Instant at) {
        return stays.stream().filter(o -> !o.placedAt().isAfter(at) && (o.endedAt() == null || o.endedAt().isAfter(at)))
                .count();
    }

    private static boolean overlap(Placement a, Placement b) {
        return a.placedAt().isBefore(b.endedAt() == null ? Instant.MAX : b.endedAt())
                && b.placedAt().isBefore(a.endedAt() == null ? Instant.MAX : a.endedAt());
    }

    /**
     * Casework's granted housing decisions as its feed leaves them in housing, {@code housingPerYear} HOUSING ones a
     * year over the {@code years} to {@code today} (and a quarter as many HVB, a sixth LVM care, a tenth family homes), about any client:
     * valid from within ten days of the decision for six months (twelve for housing), most carried out within five
     * weeks of that, one in twenty not at all.
     */
    static List<Decision> decisions(List<ClientFact> clients, LocalDate today, int years, int housingPerYear) {
        Random rnd = new Random(11);
        LocalDate first = today.minusYears(years);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, today);
        Map<Intervention, Integer> counts = Map.of(Intervention.HOUSING, housingPerYear * years,
                Intervention.HVB, housingPerYear * years / 4, Intervention.LVM_CARE, housingPerYear * years / 6,
                Intervention.FAMILY_HOME, housingPerYear * years / 10);
        List<Decision> decisions = new ArrayList<>();
        for (Intervention kind : Intervention.values()) {
            for (int i = 0; i < counts.get(kind); i++) {
                ClientFact client = clients.get(rnd.nextInt(clients.size()));
                LocalDate decided = first.plusDays(rnd.nextInt(days + 1));
                LocalDate from = decided.plusDays(rnd.nextInt(11));
                LocalDate enforced = rnd.nextInt(20) == 0 ? null : from.plusDays(rnd.nextInt(36));
                decisions.add(new Decision(new UUID(rnd.nextLong(), rnd.nextLong()), client.clientId(), Org.KOMMUN,
                        "socialworker.kommun", decided, from, from.plusMonths(kind == Intervention.HOUSING ? 12 : 6),
                        kind == Intervention.LVM_CARE ? LegalBasis.LVM : LegalBasis.SOL_4_1,
                        decided.atTime(9, 0).atZone(ClinicTime.ZONE).toInstant(), kind,
                        enforced == null || enforced.isAfter(today) ? null : enforced));
            }
        }
        return decisions;
    }

    /** Intake's clients as the replica holds them: a reservnummer now and then, so no birth date. */
    static List<ClientFact> clients(int kommun, int region) {
        Random rnd = new Random(7);
        List<ClientFact> facts = new ArrayList<>();
        for (int i = 0; i < kommun + region; i++) {
            LocalDate birth = rnd.nextInt(100) == 0 ? null : TODAY.minusYears(18 + rnd.nextInt(62)).minusDays(rnd.nextInt(365));
            facts.add(new ClientFact(new UUID(rnd.nextLong(), rnd.nextLong()), i < kommun ? Org.KOMMUN : Org.REGION,
                    birth, rnd.nextBoolean() ? "MALE" : "FEMALE"));
        }
        facts.sort(Comparator.comparing(ClientFact::clientId));
        return facts;
    }
}
