package se.huset.followup.instrument;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client's AUDIT and DUDIT scores in the overview, when each was given: the total of the instrument's maximum, and
 * the risk level as the assessments read scores it.
 */
@Singleton
class AssessmentsInTimeline implements TimelineSource {

    private final Assessing assessing;

    AssessmentsInTimeline(Assessing assessing) {
        this.assessing = assessing;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return assessing.scored(clientId).stream().map(a -> {
            Instrument instrument = Instrument.valueOf(a.instrument());
            return new TimelineItem(new TimelineEntry(Assessing.RESOURCE + "/" + a.id(), a.assessedAt(), false,
                    TimelineKind.ASSESSMENT, Org.valueOf(a.ownerOrg()), instrument.name(), a.riskLevel(), a.score(),
                    instrument.maxScore(), null), Assessing.describe(a));
        }).toList();
    }
}
