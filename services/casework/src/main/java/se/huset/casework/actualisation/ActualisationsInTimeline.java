package se.huset.casework.actualisation;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/** A client's actualisations in the overview: received when, from what source, opened into an investigation or not. */
@Singleton
class ActualisationsInTimeline implements TimelineSource {

    private final ActualisationRepository actualisations;

    ActualisationsInTimeline(ActualisationRepository actualisations) {
        this.actualisations = actualisations;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return actualisations.forClient(clientId).stream().map(a -> new TimelineItem(new TimelineEntry(
                a.asRecord().resource(), a.receivedAt(), false, TimelineKind.ACTUALISATION, Org.KOMMUN,
                a.source().name(), !a.assessed() ? "UNASSESSED" : Boolean.TRUE.equals(a.opened()) ? "OPENED"
                : "NOT_OPENED", null, null, "/casework"), a.asRecord())).toList();
    }
}
