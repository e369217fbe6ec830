package se.huset.followup.alert;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client's between-chairs alerts not yet closed in the overview, from when each became an alert: what raised it
 * (HOUSING_LOST, NO_FIRST_VISIT …), OPEN or ACKNOWLEDGED.
 */
@Singleton
class AlertsInTimeline implements TimelineSource {

    private final AlertRepository alerts;

    AlertsInTimeline(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return alerts.unclosedForClient(clientId).stream().map(a -> new TimelineItem(new TimelineEntry(
                BetweenChairs.RESOURCE + "/" + a.id(), a.since(), false, TimelineKind.ALERT, Org.valueOf(a.ownerOrg()),
                a.type().name(), a.status().name(), null, null, "/followup/alerts"), BetweenChairs.describe(a)))
                .toList();
    }
}
