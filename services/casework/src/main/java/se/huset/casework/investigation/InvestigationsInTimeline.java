package se.huset.casework.investigation;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client's investigations in the overview, on the day each opened: SoL or LVM, open (SLOW when an LVM one is not
 * moving, {@link InvestigationPace}) or its outcome, and the days it has taken.
 */
@Singleton
class InvestigationsInTimeline implements TimelineSource {

    private final InvestigationRepository investigations;
    private final InvestigationPace pace;

    InvestigationsInTimeline(InvestigationRepository investigations, InvestigationPace pace) {
        this.investigations = investigations;
        this.pace = pace;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return investigations.forClient(clientId).stream().map(pace::view).map(v -> {
            Investigation i = v.investigation();
            String status = i.open() ? (v.slow() ? "SLOW" : "OPEN") : i.outcome() == null ? "CLOSED" : i.outcome().name();
            return new TimelineItem(new TimelineEntry(i.asRecord().resource(), ClinicTime.startOf(i.openedOn()), true,
                    TimelineKind.INVESTIGATION, Org.KOMMUN, i.law().name(), status, (int) v.days(), null,
                    "/casework/investigations"), i.asRecord());
        }).toList();
    }
}
