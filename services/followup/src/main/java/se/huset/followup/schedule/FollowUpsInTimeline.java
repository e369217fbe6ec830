package se.huset.followup.schedule;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.followup.FollowupSettings;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's scheduled follow-ups in the overview: one not answered on its due day (DUE, OVERDUE once the day has
 * passed, MISSED), one answered (DONE) or declined when it was; the kind on the schedule (BASELINE, END, MONTHS_6 …).
 */
@Singleton
class FollowUpsInTimeline implements TimelineSource {

    private final FollowUpRepository followUps;
    private final FollowupSettings settings;

    FollowUpsInTimeline(FollowUpRepository followUps, FollowupSettings settings) {
        this.followUps = followUps;
        this.settings = settings;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        LocalDate today = settings.today();
        return followUps.forClient(clientId).stream().map(f -> {
            boolean answered = f.closedAt() != null
                    && (f.status() == FollowUpStatus.DONE || f.status() == FollowUpStatus.DECLINED);
            String status = f.status() == FollowUpStatus.DUE && f.dueOn().isBefore(today) ? "OVERDUE"
                    : f.status().name();
            return new TimelineItem(new TimelineEntry(FollowUps.RESOURCE + "/" + f.id(),
                    answered ? f.closedAt() : ClinicTime.startOf(f.dueOn()), !answered, TimelineKind.FOLLOWUP,
                    Org.valueOf(f.ownerOrg()), f.kind(), status, null, null,
                    answered ? null : "/followup/follow-ups/" + f.id() + "/form"), FollowUps.describe(f));
        }).toList();
    }
}
