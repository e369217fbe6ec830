package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** Reads of placements, each through the consent rule and the audit log. */
@Singleton
@Transactional
public class PlacementQueries {

    private final PlacementRepository placements;
    private final UnitRepository units;
    private final ConsentGuard guard;

    public PlacementQueries(PlacementRepository placements, UnitRepository units, ConsentGuard guard) {
        this.placements = placements;
        this.units = units;
        this.guard = guard;
    }

    public Placement one(Staff staff, UUID id) {
        Placement p = placements.findById(id).orElseThrow(() -> ProblemException.notFound("Placement " + id));
        return guard.read(staff, p.asRecord(), "READ", p);
    }

    public Visible<Placement> list(Staff staff, @Nullable UUID unitId, @Nullable PlacementStatus status,
                                   @Nullable UUID clientId, int limit) {
        return guard.filter(staff, placements.list(unitId, status, clientId, limit), Placement::asRecord, "LIST");
    }

    /** A unit's queue, earliest decision first. */
    public Visible<Placement> waitingList(Staff staff, UUID unitId) {
        units.findById(unitId).orElseThrow(() -> ProblemException.notFound("Unit " + unitId));
        return guard.filter(staff, placements.waitingList(unitId), Placement::asRecord, "LIST");
    }
}
