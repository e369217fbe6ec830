package se.huset.programs.demo;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoClients;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoScale;

import java.time.Clock;
import java.util.List;

/**
 * Programmes as demo data: the demo's four groups of today ({@link TodaysGroups}) at every scale and, at county
 * scale, five years of cohorts and individual programmes of intake's clients ({@link ProgramsHistory}).
 */
@Singleton
public class ProgramsDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramsDemoData.class);

    private final TodaysGroups todaysGroups;
    private final ProgramsDemoWriter writer;
    private final DemoClients clients;
    private final DemoScale scale;
    private final Clock clock;

    public ProgramsDemoData(TodaysGroups todaysGroups, ProgramsDemoWriter writer, DemoClients clients,
                            DemoScale scale, Clock clock) {
        this.todaysGroups = todaysGroups;
        this.writer = writer;
        this.clients = clients;
        this.scale = scale;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    /** A connection, not a transaction, while it waits: the wait for intake's clients may take minutes. */
    @Override
    @Connectable
    public void loadOnce() {
        if (todaysGroups.loaded()) {
            return;
        }
        List<ClientFact> known = scale == DemoScale.COUNTY ? clients.all() : List.of();
        ProgramsHistory.Plan plan = writer.write(scale.years(), known, clock.instant());
        LOG.info("programs demo data ({}): {} history groups, {} sessions, {} enrolments of {} known clients, "
                        + "{} attendance marks, {} events, {} audit rows", scale, plan.groups().size(),
                plan.sessions().size(), plan.enrollments().size(), known.size(), plan.attendance().size(),
                plan.events().size(), plan.accesses().size());
    }
}
