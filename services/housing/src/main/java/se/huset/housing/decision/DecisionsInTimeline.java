package se.huset.housing.decision;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's housing decisions in the overview, on the day each was made: under which law, and whether the period it
 * grants is still to come (UPCOMING), in force (ACTIVE) or over (ENDED).
 */
@Singleton
class DecisionsInTimeline implements TimelineSource {

    private final DecisionRepository decisions;
    private final Clock clock;

    DecisionsInTimeline(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        LocalDate today = LocalDate.now(clock);
        return decisions.forClient(clientId).stream().map(d -> {
            String status = d.validOn(today) ? "ACTIVE" : today.isBefore(d.validFrom()) ? "UPCOMING" : "ENDED";
            return new TimelineItem(new TimelineEntry(d.asRecord().resource(), ClinicTime.startOf(d.decisionDate()),
                    true, TimelineKind.HOUSING_DECISION, d.ownerOrg(), d.legalBasis().name(), status, null, null,
                    "/housing/decisions?clientId=" + clientId), d.asRecord());
        }).toList();
    }
}
