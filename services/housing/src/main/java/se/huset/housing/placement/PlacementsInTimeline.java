package se.huset.housing.placement;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client's placements in the overview, from the moment of moving in (of joining the queue while waiting): the unit,
 * WAITING, PLACED, or once ended the move-out reason (WITHDRAWN when taken off the queue before moving in).
 */
@Singleton
class PlacementsInTimeline implements TimelineSource {

    private final PlacementRepository placements;

    PlacementsInTimeline(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return placements.forClient(clientId).stream().map(p -> {
            boolean live = p.status() != PlacementStatus.ENDED;
            String status = live ? p.status().name() : p.endReason() != null ? p.endReason().name() : "WITHDRAWN";
            return new TimelineItem(new TimelineEntry(p.asRecord().resource(),
                    p.placedAt() != null ? p.placedAt() : p.requestedAt(), false, TimelineKind.PLACEMENT, p.ownerOrg(),
                    p.unitName(), status, null, null, live ? "/housing/units/" + p.unitId() : null), p.asRecord());
        }).toList();
    }
}
