package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.PlacementMoved;
import se.huset.contracts.events.PlacementStarted;
import se.huset.kit.client.ClientFacts;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.DecisionRepository;
import se.huset.housing.unit.PlaceRepository;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Places a client: checks eligibility (age, decision), then takes a free place in one statement that the database
 * serialises (see {@link PlaceRepository#take}); a full unit answers 409 or, when asked, queues the client.
 * Also places the first of a waiting list, and moves a placed client to another unit.
 */
@Singleton
public class PlacingClient {

    /** PostgreSQL's unique_violation: a concurrent request placed the same client first. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final UnitRepository units;
    private final PlaceRepository places;
    private final PlacementRepository placements;
    private final StayRepository stays;
    private final DecisionRepository decisions;
    private final ClientFacts clients;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public PlacingClient(UnitRepository units, PlaceRepository places, PlacementRepository placements,
                         StayRepository stays, DecisionRepository decisions, ClientFacts clients,
                         ConsentGuard guard, Outbox outbox, Clock clock) {
        this.units = units;
        this.places = places;
        this.placements = placements;
        this.stays = stays;
        this.decisions = decisions;
        this.clients = clients;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Placement request(Staff staff, PlacementRequest request) {
        requireOrg(staff);
        Unit unit = units.findById(request.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "no such unit"));
        Decision decision = decision(staff, request.clientId(), request.decisionId());
        checkEligible(unit, request.clientId(), decision);
        // a client who lives in another unit may queue here (and move in from the queue), but not take a second place
        boolean housed = placements.hasHome(request.clientId());
        if (housed && !request.queueWhenFull()) {
            throw ProblemException.conflict(
                    "The client already has a place; move the placement, or queue with \"queue\": true.");
        }
        if (placements.waitingEntry(request.clientId(), unit.id()).isPresent()) {
            throw ProblemException.conflict("The client is already on " + unit.name() + "'s waiting list.");
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        String coordinator = decision != null ? decision.decidedBy() : staff.username();
        UUID decisionId = decision == null ? null : decision.id();
        OptionalLong place = housed ? OptionalLong.empty() : places.take(unit.id(), id);
        if (place.isEmpty() && !request.queueWhenFull()) {
            throw new UnitFull(unit);
        }
        PlacementStatus status = place.isPresent() ? PlacementStatus.PLACED : PlacementStatus.WAITING;
        Long placeId = place.isPresent() ? place.getAsLong() : null;
        uniquely(() -> placements.insert(id, request.clientId(), unit.id(), placeId, decisionId, staff.org(),
                coordinator, status, now));
        guard.wrote(staff, new OwnedRecord(request.clientId(), staff.org(), DataCategory.HOUSING, "placement/" + id),
                "CREATE");
        guard.named(staff, request.clientId(), List.of(coordinator), "COORDINATOR", "placement:" + id);
        if (status == PlacementStatus.PLACED) {
            stays.open(id, unit.id(), now);
            started(id, request.clientId(), unit, staff, now, decisionId);
        }
        return placements.findById(id).orElseThrow();
    }

    /**
     * Takes a waiting client into a free place of the unit they wait for. A client who already lives in another
     * unit (say Björkebo, while waiting for Skogsgläntan) moves there, and the queue entry is done.
     */
    @Transactional
    public Placement placeWaiting(Staff staff, UUID placementId, @Nullable UUID decisionId) {
        PlacementRepository.Row row = owned(staff, placementId);
        Placement p = row.placement();
        if (p.status() != PlacementStatus.WAITING) {
            throw ProblemException.conflict("Only a waiting placement can be placed; this one is " + p.status() + ".");
        }
        UUID decision = decisionId != null ? decisionId : p.decisionId();
        Optional<PlacementRepository.Row> home = placements.lockHome(p.clientId());
        if (home.isPresent()) {
            Placement moved = relocate(staff, home.get(), p.unitId(), decision);
            placements.withdraw(p.id(), now());
            return moved;
        }
        Unit unit = units.findById(p.unitId()).orElseThrow();
        Decision valid = decision(staff, p.clientId(), decision);
        checkEligible(unit, p.clientId(), valid);
        OptionalLong place = places.take(unit.id(), p.id());
        if (place.isEmpty()) {
            throw new UnitFull(unit);
        }
        Instant now = now();
        uniquely(() -> placements.place(p.id(), place.getAsLong(), valid == null ? null : valid.id(), now));
        stays.open(p.id(), unit.id(), now);
        guard.wrote(staff, p.asRecord(), "PLACE");
        started(p.id(), p.clientId(), unit, staff, now, valid == null ? null : valid.id());
        return placements.findById(p.id()).orElseThrow();
    }

    /**
     * Moves a placed client to a free place in another unit, within one transaction: never homeless in between. A
     * queue entry the client had for that unit is done.
     */
    @Transactional
    public Placement move(Staff staff, UUID placementId, MoveRequest request) {
        PlacementRepository.Row row = owned(staff, placementId);
        Placement moved = relocate(staff, row, request.unitId(),
                request.decisionId() != null ? request.decisionId() : row.placement().decisionId());
        placements.waitingEntry(moved.clientId(), request.unitId())
                .ifPresent(entry -> placements.withdraw(entry, now()));
        return moved;
    }

    /** Takes a waiting client off a unit's queue (placed elsewhere, no longer wanted). */
    @Transactional
    public Placement withdraw(Staff staff, UUID placementId) {
        Placement p = owned(staff, placementId).placement();
        if (!placements.withdraw(p.id(), now())) {
            throw ProblemException.conflict(
                    "Only a waiting placement can be withdrawn; this one is " + p.status() + ".");
        }
        guard.wrote(staff, p.asRecord(), "WITHDRAW");
        return placements.findById(p.id()).orElseThrow();
    }

    private Placement relocate(Staff staff, PlacementRepository.Row row, UUID targetId, @Nullable UUID decisionId) {
        Placement p = row.placement();
        if (p.status() != PlacementStatus.PLACED) {
            throw ProblemException.conflict("Only a placed client can be moved; this placement is " + p.status() + ".");
        }
        if (p.ownerOrg() != staff.org()) {
            throw ProblemException.forbidden("Only the body that recorded the placement changes it.");
        }
        if (p.unitId().equals(targetId)) {
            throw ProblemException.invalid("unitId", "the client already lives in this unit");
        }
        Unit target = units.findById(targetId).orElseThrow(() -> ProblemException.invalid("unitId", "no such unit"));
        Decision decision = decision(staff, p.clientId(), decisionId);
        checkEligible(target, p.clientId(), decision);
        // free the old place first: a placement occupies one place at a time (place.occupied_by is unique)
        places.release(row.placeId(), p.id());
        OptionalLong place = places.take(target.id(), p.id());
        if (place.isEmpty()) {
            throw new UnitFull(target);
        }
        UUID decided = decision == null ? null : decision.id();
        placements.move(p.id(), target.id(), place.getAsLong(), decided);
        Instant now = now();
        stays.close(p.id(), now);
        stays.open(p.id(), target.id(), now);
        guard.wrote(staff, p.asRecord(), "MOVE");
        outbox.publish(EventTypes.PLACEMENT_MOVED, p.id(), new PlacementMoved(p.id(), p.clientId(), target.id(),
                target.type().name(), p.ownerOrg().name(), now, decided));
        return placements.findById(p.id()).orElseThrow();
    }

    private void checkEligible(Unit unit, UUID clientId, @Nullable Decision decision) {
        PlacementEligibility.refusal(unit, clients.find(clientId), decision, LocalDate.now(clock))
                .ifPresent(refusal -> {
                    throw new NotEligible(refusal);
                });
    }

    /** The decision the placement rests on; the caller must be allowed to read it, and it must be the client's. */
    @Nullable
    private Decision decision(Staff staff, UUID clientId, @Nullable UUID decisionId) {
        if (decisionId == null) {
            return null;
        }
        Decision decision = decisions.findById(decisionId)
                .orElseThrow(() -> ProblemException.invalid("decisionId", "no such decision"));
        if (!decision.clientId().equals(clientId)) {
            throw ProblemException.invalid("decisionId", "the decision is about another client");
        }
        return guard.read(staff, decision.asRecord(), "READ", decision);
    }

    private PlacementRepository.Row owned(Staff staff, UUID placementId) {
        requireOrg(staff);
        PlacementRepository.Row row = placements.lock(placementId)
                .orElseThrow(() -> ProblemException.notFound("Placement " + placementId));
        guard.read(staff, row.placement().asRecord(), "READ", row.placement());
        if (row.placement().ownerOrg() != staff.org()) {
            throw ProblemException.forbidden("Only the body that recorded the placement changes it.");
        }
        return row;
    }

    private void started(UUID id, UUID clientId, Unit unit, Staff staff, Instant now, @Nullable UUID decisionId) {
        outbox.publish(EventTypes.PLACEMENT_STARTED, id, new PlacementStarted(id, clientId, unit.id(),
                unit.type().name(), staff.org().name(), now, decisionId));
    }

    private static void requireOrg(Staff staff) {
        if (staff.org() == null) {
            throw ProblemException.forbidden("Only staff of a responsible body place clients.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void uniquely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw ProblemException.conflict("The client was placed or queued by someone else just now.");
                }
            }
            throw e;
        }
    }
}
