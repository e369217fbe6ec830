package se.huset.followup.form;

import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.util.List;
import java.util.UUID;

/**
 * A client's follow-up forms answered off the schedule in the overview, when each was recorded (DONE); a form that
 * answers a scheduled follow-up is that follow-up's step.
 */
@Singleton
class LifeSituationsInTimeline implements TimelineSource {

    static final String LABEL = "LIFE_SITUATION";

    private final LifeSituationRepository forms;

    LifeSituationsInTimeline(LifeSituationRepository forms) {
        this.forms = forms;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return forms.forClient(clientId).stream().filter(s -> s.followUpId() == null).map(s -> new TimelineItem(
                new TimelineEntry(RecordingLifeSituation.RESOURCE + "/" + s.id(), s.recordedAt(), false,
                        TimelineKind.FOLLOWUP, Org.valueOf(s.ownerOrg()), LABEL, "DONE", null, null, null),
                RecordingLifeSituation.describe(s))).toList();
    }
}
