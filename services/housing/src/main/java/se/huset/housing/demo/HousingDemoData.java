package se.huset.housing.demo;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.housing.decision.CaseworkDecisions;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.DecisionRepository;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoClients;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoFeeds;
import se.huset.kit.demo.DemoScale;

import java.time.Clock;
import java.util.List;

/**
 * Housing as demo data: Östersund's units (Björkebo, Skogsgläntan with 14 places for 45 and over, training flats,
 * supported housing, Housing First flats, and external HVB, SiS and family-home places with daily costs), at
 * county scale with the other municipalities' units beside them, and the years of the scale lived in them by
 * intake's clients ({@link HousingHistory}): the units that require a decision on casework's decisions, read from
 * its feed once casework's demo data has made them (it loads before housing's), full units with waiting lists today,
 * and three Björkebo residents who lost their place today, so the board, the waiting lists and the alert worklist
 * have work to show.
 */
@Singleton
public class HousingDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(HousingDemoData.class);

    private final UnitRepository units;
    private final DecisionRepository decisions;
    private final DemoFeeds feeds;
    private final DemoClients clients;
    private final HousingDemoWriter writer;
    private final DemoScale scale;
    private final Clock clock;

    public HousingDemoData(UnitRepository units, DecisionRepository decisions, DemoFeeds feeds, DemoClients clients,
                           HousingDemoWriter writer, DemoScale scale, Clock clock) {
        this.units = units;
        this.decisions = decisions;
        this.feeds = feeds;
        this.clients = clients;
        this.writer = writer;
        this.scale = scale;
        this.clock = clock;
    }

    /** A connection, not a transaction, while it waits: intake's clients and casework's decisions may take minutes. */
    @Override
    @Connectable
    public void loadOnce() {
        if (units.findByName("Björkebo").isPresent()) {
            return;
        }
        List<ClientFact> known = clients.all();
        feeds.awaitCaughtUp(CaseworkDecisions.CURSOR);
        List<Decision> granted = decisions.all();
        HousingHistory history = writer.write(scale, known, granted, clock.instant());
        LOG.info("housing demo data ({}): {} placements of {} known clients, on {} of casework's {} decisions, {} alerts,"
                + " {} audit rows", scale, history.placements().size(), known.size(), history.decisions().size(),
                granted.size(), history.alerts().size(), history.accesses().size());
    }
}
