package se.huset.housing.placement;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.HousingLost;
import se.huset.contracts.events.PlacementEnded;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.housing.aftercare.AftercareRepository;
import se.huset.housing.aftercare.AftercareRequired;
import se.huset.housing.alert.AlertRepository;
import se.huset.housing.unit.PlaceRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Ends a placement: a reason, and an aftercare plan unless the client died ({@link AftercareRequired}). The place is
 * freed in the same transaction. Losing the place (barred after relapse, evicted) alerts the coordinator and
 * publishes HousingLost, so the loss never goes unnoticed.
 */
@Singleton
public class EndingPlacement {

    private final PlacementRepository placements;
    private final PlaceRepository places;
    private final StayRepository stays;
    private final AftercareRepository aftercare;
    private final AlertRepository alerts;
    private final ConsentGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public EndingPlacement(PlacementRepository placements, PlaceRepository places, StayRepository stays,
                           AftercareRepository aftercare,
                           AlertRepository alerts, ConsentGuard guard, Outbox outbox, Clock clock) {
        this.placements = placements;
        this.places = places;
        this.stays = stays;
        this.aftercare = aftercare;
        this.alerts = alerts;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The request's field problems, before anything is read or written. */
    public static List<Problem.FieldError> problems(EndRequest request, LocalDate today) {
        if (request.reason() == null) {
            return List.of(new Problem.FieldError("reason", "required: one of " + List.of(EndReason.values())));
        }
        return AftercareRequired.problems(request.reason().requiresAftercare(), request.aftercare(), today);
    }

    @Transactional
    public Placement end(Staff staff, UUID placementId, EndRequest request) {
        List<Problem.FieldError> errors = problems(request, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(ProblemTypes.VALIDATION, "Invalid input", 400,
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors));
        }
        if (staff.org() == null) {
            throw ProblemException.forbidden("Only staff of a responsible body end placements.");
        }
        PlacementRepository.Row row = placements.lock(placementId)
                .orElseThrow(() -> ProblemException.notFound("Placement " + placementId));
        Placement p = guard.read(staff, row.placement().asRecord(), "READ", row.placement());
        if (p.ownerOrg() != staff.org()) {
            throw ProblemException.forbidden("Only the body that recorded the placement ends it.");
        }
        if (p.status() != PlacementStatus.PLACED) {
            throw ProblemException.conflict("Only a placed client moves out; this placement is " + p.status() + ".");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EndReason reason = request.reason();
        placements.end(p.id(), reason, now);
        places.release(row.placeId(), p.id());
        stays.close(p.id(), now);
        boolean hasPlan = reason.requiresAftercare();
        if (hasPlan) {
            aftercare.insert(p.id(), request.aftercare());
        }
        guard.wrote(staff, p.asRecord(), "END");
        outbox.publish(EventTypes.PLACEMENT_ENDED, p.id(), new PlacementEnded(p.id(), p.clientId(), p.unitId(),
                reason.name(), hasPlan, p.ownerOrg().name(), now));
        if (reason.housingLost()) {
            alerts.raise(p.id(), p.clientId(), p.unitId(), reason.name(), p.coordinator(), p.ownerOrg(), now);
            outbox.publish(EventTypes.HOUSING_LOST, p.id(), new HousingLost(p.id(), p.clientId(), p.unitId(),
                    reason.name(), p.coordinator(), p.ownerOrg().name(), now));
        }
        return placements.findById(p.id()).orElseThrow();
    }
}
