package se.huset.casework.demo;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.casework.actualisation.Actualisation;
import se.huset.casework.actualisation.ActualisationRepository;
import se.huset.casework.actualisation.AssessingActualisation;
import se.huset.casework.actualisation.Assessment;
import se.huset.casework.actualisation.AssessmentRequest;
import se.huset.casework.actualisation.IntakeContacts;
import se.huset.casework.decision.DateRequest;
import se.huset.casework.decision.Decision;
import se.huset.casework.decision.DecisionRepository;
import se.huset.casework.decision.DecisionRequest;
import se.huset.casework.decision.RecordingDecision;
import se.huset.casework.investigation.ClosingInvestigation;
import se.huset.casework.investigation.CloseRequest;
import se.huset.casework.investigation.InvestigationPace;
import se.huset.casework.investigation.InvestigationRepository;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoFeeds;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.demo.DemoSwitch;
import se.huset.kit.events.Outbox;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Casework as demo data: once intake's demo contacts have come in from intake's feed ({@link IntakeContacts}, read by
 * the running service) as actualisations, the Kommun's social worker works them as {@link CaseworkHistory} plans,
 * step by step in the order they happened, through casework's own use cases ({@link AssessingActualisation},
 * {@link ClosingInvestigation}, {@link RecordingDecision}), a few hundred steps to a transaction, with their clock
 * standing at the step's moment ({@link HistoryClock}): every check, care relationship and feed event is the one a
 * social worker's click would make. The audit rows of those writes carry the moment they were loaded.
 * <p>
 * Idempotent: once any matter has had its förhandsbedömning the queue has been worked, and a second run (or a run
 * after a social worker started working the queue) adds nothing. Loads nothing with the demo switch off.
 */
@Singleton
public class CaseworkDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CaseworkDemoData.class);
    /** The demo social worker, as the gateway's demo account signs in. */
    static final Staff WORKER = new Staff(CaseworkHistory.WORKER, Set.of(Roles.SOCIAL_WORKER), Org.KOMMUN, "Team Vuxen");

    /**
     * Steps per transaction: one each would make the county's history a long wait on commits; a chunk with a refused
     * step is taken again a step at a time.
     */
    private static final int CHUNK = 200;
    private static final LocalTime CLOSING = LocalTime.of(11, 0);
    private static final LocalTime DECIDING = LocalTime.of(14, 0);
    private static final LocalTime ENFORCING = LocalTime.of(15, 30);
    private static final LocalTime APPEALING = LocalTime.of(10, 0);

    private final ActualisationRepository actualisations;
    private final InvestigationRepository investigations;
    private final DecisionRepository decisions;
    private final ConsentStore consents;
    private final CareRelationships relationships;
    private final AuditLog audit;
    private final Outbox outbox;
    private final DemoFeeds feeds;
    private final DemoScale scale;
    private final DemoSwitch demoSwitch;
    private final InvestigationPace pace;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public CaseworkDemoData(ActualisationRepository actualisations, InvestigationRepository investigations,
                            DecisionRepository decisions, ConsentStore consents, CareRelationships relationships,
                            AuditLog audit, Outbox outbox, DemoFeeds feeds, DemoScale scale, DemoSwitch demoSwitch,
                            InvestigationPace pace, TransactionOperations<Connection> tx, Clock clock) {
        this.actualisations = actualisations;
        this.investigations = investigations;
        this.decisions = decisions;
        this.consents = consents;
        this.relationships = relationships;
        this.audit = audit;
        this.outbox = outbox;
        this.feeds = feeds;
        this.scale = scale;
        this.demoSwitch = demoSwitch;
        this.pace = pace;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void loadOnce() {
        if (!demoSwitch.on()) {
            LOG.info("casework demo data: the demo switch is off; nothing loaded");
            return;
        }
        if (tx.executeRead(status -> actualisations.anyAssessed())) {
            LOG.info("casework demo data: the queue has been worked already; nothing to do");
            return;
        }
        feeds.awaitCaughtUp(IntakeContacts.CURSOR);
        List<CaseworkHistory.Matter> matters = tx.executeRead(status -> waiting());
        HistoryClock historyClock = new HistoryClock(clock.instant());
        CaseworkHistory history = CaseworkHistory.plan(matters, scale, historyClock.now(), pace.lvmFlagAfterDays());
        Result result = new Run(historyClock).carryOut(history);
        LOG.info("casework demo data ({}): of {} matters {} assessed ({} opened), {} investigations closed, {} decisions "
                        + "({} granted, {} enforced, {} appealed), {} left in the queue, {} steps refused", scale,
                matters.size(), history.cases().size(), result.opened, result.closed, result.decided, result.granted,
                result.enforced, result.appealed, history.waiting().size(), result.failed);
    }

    private List<CaseworkHistory.Matter> waiting() {
        List<CaseworkHistory.Matter> matters = new ArrayList<>();
        Cursor after = null;
        while (true) {
            Page<Actualisation> page = actualisations.waiting(null, after, 1000);
            page.items().forEach(a -> matters.add(new CaseworkHistory.Matter(a.id(), a.contactId(), a.clientId(),
                    a.source(), a.receivedAt())));
            if (!page.hasNext()) {
                return matters;
            }
            after = Cursor.parse("after", page.next(), 2).orElseThrow();
        }
    }

    private static final class Result {
        int opened;
        int closed;
        int decided;
        int granted;
        int enforced;
        int appealed;
        int failed;

        Result copy() {
            Result r = new Result();
            r.restore(this);
            return r;
        }

        void restore(Result r) {
            opened = r.opened;
            closed = r.closed;
            decided = r.decided;
            granted = r.granted;
            enforced = r.enforced;
            appealed = r.appealed;
            failed = r.failed;
        }
    }

    private enum Kind { ASSESS, CLOSE, DECIDE, ENFORCE, APPEAL }

    private record Made(Map<UUID, UUID> ids, UUID matter) {
    }

    private record Step(Instant at, Kind kind, int index, CaseworkHistory.Case c) {
    }

    /** One carrying-out of a plan: the use cases on the history's clock, and the ids the steps make. */
    private final class Run {

        private final HistoryClock historyClock;
        private final AssessingActualisation assessing;
        private final ClosingInvestigation closing;
        private final RecordingDecision recording;
        private final Map<UUID, UUID> investigationOf = new HashMap<>();
        private final Map<UUID, UUID> decisionOf = new HashMap<>();
        private final Result result = new Result();
        /** The ids the current chunk's steps made, forgotten again when it rolls back. */
        private final List<Made> madeInChunk = new ArrayList<>();

        Run(HistoryClock historyClock) {
            this.historyClock = historyClock;
            ConsentGuard guard = new ConsentGuard(consents, relationships, audit, historyClock);
            this.assessing = new AssessingActualisation(actualisations, investigations, guard, outbox, historyClock);
            this.closing = new ClosingInvestigation(investigations, guard, outbox, historyClock);
            this.recording = new RecordingDecision(decisions, investigations, guard, outbox, historyClock);
        }

        Result carryOut(CaseworkHistory history) {
            List<Step> steps = new ArrayList<>();
            List<CaseworkHistory.Case> cases = history.cases();
            for (int i = 0; i < cases.size(); i++) {
                CaseworkHistory.Case c = cases.get(i);
                steps.add(new Step(c.assessedAt(), Kind.ASSESS, i, c));
                if (c.closedOn() != null) {
                    steps.add(new Step(historyClock.at(c.closedOn(), CLOSING), Kind.CLOSE, i, c));
                }
                if (c.decidedOn() != null) {
                    steps.add(new Step(historyClock.at(c.decidedOn(), DECIDING), Kind.DECIDE, i, c));
                }
                if (c.enforcedOn() != null) {
                    steps.add(new Step(historyClock.at(c.enforcedOn(), ENFORCING), Kind.ENFORCE, i, c));
                }
                if (c.appealedOn() != null) {
                    steps.add(new Step(historyClock.at(c.appealedOn(), APPEALING), Kind.APPEAL, i, c));
                }
            }
            steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind).thenComparingInt(Step::index));
            for (int from = 0; from < steps.size(); from += CHUNK) {
                List<Step> chunk = steps.subList(from, Math.min(steps.size(), from + CHUNK));
                Result before = result.copy();
                madeInChunk.clear();
                try {
                    tx.executeWrite(status -> {
                        chunk.forEach(this::take);
                        return null;
                    });
                } catch (RuntimeException chunkFailed) {
                    // one step of the chunk was refused: the chunk is rolled back and taken again a step at a time
                    result.restore(before);
                    madeInChunk.forEach(made -> made.ids().remove(made.matter()));
                    chunk.forEach(this::takeAlone);
                }
            }
            return result;
        }

        /** A step in a transaction of its own; refused, it lapses, and so do the matter's later steps. */
        private void takeAlone(Step step) {
            try {
                tx.executeWrite(status -> {
                    take(step);
                    return null;
                });
            } catch (RuntimeException e) {
                // a colleague assessed the matter first, or intake's feed changed it meanwhile
                result.failed++;
                LOG.warn("casework demo data: {} of matter {} not taken: {}", step.kind(), step.c().matter().id(),
                        e.getMessage());
            }
        }

        private void take(Step step) {
            historyClock.set(step.at());
            CaseworkHistory.Case c = step.c();
            UUID matter = c.matter().id();
            switch (step.kind()) {
                case ASSESS -> {
                    Assessment done = assessing.assess(WORKER, matter, new AssessmentRequest(c.opened(), c.law(),
                            c.reason()));
                    if (done.investigation() != null) {
                        investigationOf.put(matter, done.investigation().id());
                        madeInChunk.add(new Made(investigationOf, matter));
                        result.opened++;
                    }
                }
                case CLOSE -> {
                    closing.close(WORKER, required(investigationOf, matter), new CloseRequest(c.outcome(), c.closedOn()));
                    result.closed++;
                }
                case DECIDE -> {
                    Decision d = recording.record(WORKER, new DecisionRequest(c.matter().clientId(),
                            required(investigationOf, matter), c.intervention(), c.granted(), c.legalBasis(),
                            c.decidedOn(), c.validFrom(), c.validTo()));
                    decisionOf.put(matter, d.id());
                    madeInChunk.add(new Made(decisionOf, matter));
                    result.decided++;
                    if (d.granted()) {
                        result.granted++;
                    }
                }
                case ENFORCE -> {
                    recording.enforce(WORKER, required(decisionOf, matter), new DateRequest(c.enforcedOn()));
                    result.enforced++;
                }
                case APPEAL -> {
                    recording.appeal(WORKER, required(decisionOf, matter), new DateRequest(c.appealedOn()));
                    result.appealed++;
                }
            }
        }

        private static UUID required(Map<UUID, UUID> ids, UUID matter) {
            UUID id = ids.get(matter);
            if (id == null) {
                throw new IllegalStateException("an earlier step of the matter was not taken");
            }
            return id;
        }
    }
}
