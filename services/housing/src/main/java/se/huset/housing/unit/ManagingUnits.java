package se.huset.housing.unit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;

import java.util.UUID;

/** ADMIN's changes to units. Capacity is kept as place rows, so a change adds or removes free places. */
@Singleton
public class ManagingUnits {

    private final UnitRepository units;
    private final PlaceRepository places;

    public ManagingUnits(UnitRepository units, PlaceRepository places) {
        this.units = units;
        this.places = places;
    }

    @Transactional
    public Unit create(UnitRequest request) {
        UnitRules.check(request);
        UUID id = UUID.randomUUID();
        if (!units.insert(id, request)) {
            throw ProblemException.conflict("A unit named " + request.name().strip() + " already exists.");
        }
        places.add(id, request.capacity());
        return units.findById(id).orElseThrow();
    }

    @Transactional
    public Unit update(UUID id, UnitRequest request) {
        UnitRules.check(request);
        units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
        units.lock(id);
        if (units.nameTakenByOther(id, request.name().strip())) {
            throw ProblemException.conflict("A unit named " + request.name().strip() + " already exists.");
        }
        int current = places.count(id);
        if (request.capacity() > current) {
            places.add(id, request.capacity() - current);
        } else if (request.capacity() < current) {
            int removed = places.removeFree(id, current - request.capacity());
            if (removed < current - request.capacity()) {
                throw ProblemException.conflict(
                        "Capacity cannot go below the places in use; end or move placements first.");
            }
        }
        units.update(id, request);
        return units.findById(id).orElseThrow();
    }
}
