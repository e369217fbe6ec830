package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.housing.unit.UnitRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
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

    /** One page of placements as the reader may see them; the withheld ones counted, the cursor kept. */
    public Page<Placement> page(Staff staff, PlacementFilter filter, @Nullable Cursor after, int limit) {
        if (filter.unitId() != null) {
            units.findById(filter.unitId()).orElseThrow(() -> ProblemException.notFound("Unit " + filter.unitId()));
        }
        return guard.page(staff, placements.page(filter, after, limit), Placement::asRecord, "LIST");
    }

    /** The unit's residents (bounded by its places) as the reader may see them. */
    public Visible<Placement> residents(Staff staff, UUID unitId) {
        return guard.filter(staff, placements.residents(unitId), Placement::asRecord, "LIST");
    }
}
