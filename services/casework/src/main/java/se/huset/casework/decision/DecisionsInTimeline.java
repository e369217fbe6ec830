package se.huset.casework.decision;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
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
 * A client's decisions in the overview, on the day each was made: the intervention, refused, granted, enforced, or
 * granted and past its three months unenforced (REPORTABLE, to IVO).
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
            String status = !d.granted() ? "REFUSED" : d.enforcedOn() != null ? "ENFORCED"
                    : EnforcementDeadline.reportable(d, today) ? "REPORTABLE" : "GRANTED";
            return new TimelineItem(new TimelineEntry(d.asRecord().resource(), ClinicTime.startOf(d.decidedOn()), true,
                    TimelineKind.DECISION, Org.KOMMUN, d.intervention().name(), status, null, null,
                    "/casework/decisions"), d.asRecord());
        }).toList();
    }
}
