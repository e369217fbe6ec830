package se.huset.followup.sip;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.followup.FollowupSettings;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client's SIPs in the overview, from when each was called: how far it has come, and its tasks done of all. */
@Singleton
class SipsInTimeline implements TimelineSource {

    private static final int[] NO_TASKS = {0, 0};

    private final SipRepository sips;
    private final FollowupSettings settings;

    SipsInTimeline(SipRepository sips, FollowupSettings settings) {
        this.sips = sips;
        this.settings = settings;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        List<SipPlan> plans = sips.forClient(clientId, settings.today());
        Map<UUID, int[]> tasks = plans.isEmpty() ? Map.of() : sips.taskCounts(plans.stream().map(SipPlan::id).toList());
        return plans.stream().map(p -> {
            int[] t = tasks.getOrDefault(p.id(), NO_TASKS);
            return new TimelineItem(new TimelineEntry(Sips.RESOURCE + "/" + p.id(), p.createdAt(), false,
                    TimelineKind.SIP, Org.valueOf(p.ownerOrg()), "SIP", p.status().name(), t[0], t[1],
                    "/followup/sips/" + p.id()), Sips.describe(p));
        }).toList();
    }
}
