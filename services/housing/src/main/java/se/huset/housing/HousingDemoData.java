package se.huset.housing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.contracts.events.ClientRegistered;
import se.huset.kit.client.ClientFacts;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.DecisionRequest;
import se.huset.housing.decision.LegalBasis;
import se.huset.housing.decision.RecordingDecision;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.housing.placement.EndReason;
import se.huset.housing.placement.EndRequest;
import se.huset.housing.placement.EndingPlacement;
import se.huset.housing.placement.PlacementRequest;
import se.huset.housing.placement.PlacingClient;
import se.huset.housing.unit.ManagingUnits;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.housing.unit.UnitRequest;
import se.huset.housing.unit.UnitType;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.security.Staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Östersund's housing as demo data: Björkebo, Skogsgläntan (14 places, 45 and over, with a decision), training
 * flats, supported housing, Housing First flats, and external HVB, SiS and family-home places with daily costs;
 * plus synthetic clients (fixed seed) placed and queued on the load day, so the board and the waiting list have
 * something to show, and three who lost their place that day, so the alert worklist has.
 */
@Singleton
public class HousingDemoData implements DemoDataLoader {

    static final List<UnitRequest> UNITS = List.of(
            new UnitRequest("Björkebo", UnitType.EMERGENCY, 12, null, false, null, null),
            new UnitRequest("Skogsgläntan", UnitType.LOW_THRESHOLD, 14, 45, true, null, null),
            new UnitRequest("Träningslägenheter Lugnvik", UnitType.TRAINING_FLAT, 6, null, true, null, null),
            new UnitRequest("Stödboende Odenslund", UnitType.SUPPORTED, 8, null, true, null, null),
            new UnitRequest("Bostad först Östersund", UnitType.HOUSING_FIRST, 10, null, true, null, null),
            new UnitRequest("HVB Fjällgården", UnitType.EXTERNAL_HVB, 4, null, true, "Fjällgårdens behandlingshem AB",
                    new BigDecimal("3400.00")),
            new UnitRequest("SiS LVM-hem", UnitType.EXTERNAL_SIS, 3, null, true, "Statens institutionsstyrelse",
                    new BigDecimal("6100.00")),
            new UnitRequest("Familjehem Jämtland", UnitType.FAMILY_HOME, 2, null, true, "Familjehemsenheten",
                    new BigDecimal("950.00")));

    private static final Staff SOCIAL_WORKER = new Staff("socialworker.kommun", Set.of(Roles.SOCIAL_WORKER),
            Org.KOMMUN, "Team Vuxen");

    private final UnitRepository units;
    private final ManagingUnits managing;
    private final ClientFacts clients;
    private final RecordingDecision decisions;
    private final PlacingClient placing;
    private final EndingPlacement ending;
    private final Clock clock;

    public HousingDemoData(UnitRepository units, ManagingUnits managing, ClientFacts clients,
                           RecordingDecision decisions, PlacingClient placing, EndingPlacement ending, Clock clock) {
        this.ending = ending;
        this.units = units;
        this.managing = managing;
        this.clients = clients;
        this.decisions = decisions;
        this.placing = placing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void loadOnce() {
        if (units.findByName("Björkebo").isPresent()) {
            return;
        }
        UNITS.forEach(managing::create);
        Random random = new Random(84);
        LocalDate today = LocalDate.now(clock);
        place(random, today, "Skogsgläntan", 14, 46, LegalBasis.SOL_4_1, false);
        place(random, today, "Skogsgläntan", 3, 50, LegalBasis.SOL_4_1, true);
        place(random, today, "Björkebo", 5, 25, null, false);
        place(random, today, "Bostad först Östersund", 4, 30, LegalBasis.SOL_4_1, false);
        place(random, today, "HVB Fjällgården", 2, 22, LegalBasis.SOL_4_1, false);
        place(random, today, "SiS LVM-hem", 1, 28, LegalBasis.LVM, false);
        // three Björkebo residents lost their place today: the coordinators' alert worklist has work to show
        List<EndReason> lost = List.of(EndReason.BARRED_AFTER_RELAPSE, EndReason.EVICTED,
                EndReason.BARRED_AFTER_RELAPSE);
        List<UUID> moved = place(random, today, "Björkebo", lost.size(), 25, null, false);
        for (int i = 0; i < lost.size(); i++) {
            ending.end(SOCIAL_WORKER, moved.get(i), new EndRequest(lost.get(i), new AftercarePlan(
                    SOCIAL_WORKER.username(), Org.KOMMUN, "Akutplats sökes via socialjouren",
                    "Ingen just nu", "Kontaktperson på Team Vuxen", today.plusWeeks(1))));
        }
    }

    /** {@code count} synthetic clients aged {@code minAge} or more, each with a decision if one is needed. */
    private List<UUID> place(Random random, LocalDate today, String unitName, int count, int minAge, LegalBasis basis,
                             boolean queue) {
        Unit unit = units.findByName(unitName).orElseThrow();
        List<UUID> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID clientId = new UUID(random.nextLong(), random.nextLong());
            clients.apply(new ClientRegistered(clientId, Org.KOMMUN.name(),
                    today.minusYears(minAge + random.nextInt(15)).minusDays(random.nextInt(365)), null));
            UUID decisionId = null;
            if (basis != null) {
                LocalDate decided = today.minusDays(1 + random.nextInt(120));
                Decision decision = decisions.record(SOCIAL_WORKER,
                        new DecisionRequest(clientId, decided, decided, decided.plusYears(1), basis));
                decisionId = decision.id();
            }
            placed.add(placing.request(SOCIAL_WORKER, new PlacementRequest(clientId, unit.id(), decisionId, queue)).id());
        }
        return placed;
    }
}
