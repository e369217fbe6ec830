package se.huset.followup.frequent;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client who is a frequent attender now in the overview, as an OPEN alert of each body whose own acute visits and
 * inpatient episodes in the window meet the rule: the episodes that raised it, as of the latest.
 */
@Singleton
class FrequentAttendersInTimeline implements TimelineSource {

    static final String LABEL = "FREQUENT_ATTENDER";

    private final FrequentAttenders frequent;

    FrequentAttendersInTimeline(FrequentAttenders frequent) {
        this.frequent = frequent;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return frequent.frequentByBody(clientId).stream().map(t -> {
            Org body = t.owners().iterator().next();
            return new TimelineItem(new TimelineEntry(FrequentAttenders.RESOURCE + "/" + clientId + "/" + body.name(),
                    t.latest(), false, TimelineKind.ALERT, body, LABEL, "OPEN", t.episodes(), null,
                    "/followup/frequent-attenders"), FrequentAttenders.describe(clientId, body));
        }).toList();
    }
}
