package se.huset.followup.schedule;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EnrollmentCompleted;
import se.huset.contracts.events.EnrollmentDroppedOut;
import se.huset.contracts.events.EnrollmentStarted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads programs' feed and schedules each enrollment's follow-ups by {@link FollowUpSchedule}. */
@Singleton
public class ProgramEvents extends FeedSubscription {

    /** This consumer's cursor key in {@code kit_feed_cursor}. */
    public static final String CURSOR = "programs/schedule";

    private final FollowUpSchedule schedule;
    private final FollowUpRepository followUps;
    private final EventPayloads payloads;

    public ProgramEvents(FollowUpRepository followUps, EventPayloads payloads,
                         @Value("${huset.programs-url}") String baseUrl,
                         @Value("${huset.followup.schedule.after-end-months:6,12}") List<Integer> afterEndMonths) {
        super("programs", CURSOR, baseUrl);
        this.schedule = new FollowUpSchedule(afterEndMonths);
        this.followUps = followUps;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        switch (event.type()) {
            case EventTypes.ENROLLMENT_STARTED -> {
                EnrollmentStarted s = payloads.read(event, EnrollmentStarted.class);
                plan(s.enrollmentId(), s.clientId(), s.programCode(), s.ownerOrg(), List.of(FollowUpSchedule.baseline(s.startedOn())));
            }
            case EventTypes.ENROLLMENT_COMPLETED -> {
                EnrollmentCompleted c = payloads.read(event, EnrollmentCompleted.class);
                ended(c.enrollmentId(), c.clientId(), c.programCode(), c.ownerOrg(), c.completedOn());
            }
            case EventTypes.ENROLLMENT_DROPPED_OUT -> {
                EnrollmentDroppedOut d = payloads.read(event, EnrollmentDroppedOut.class);
                ended(d.enrollmentId(), d.clientId(), d.programCode(), d.ownerOrg(), d.droppedOn());
            }
            default -> {
                // other programme events need no follow-up
            }
        }
    }

    private void ended(UUID enrollment, UUID client, String program, String org, LocalDate on) {
        plan(enrollment, client, program, org, schedule.afterEnd(on));
    }

    private void plan(UUID enrollment, UUID client, String program, String org, List<FollowUpSchedule.Planned> planned) {
        planned.forEach(p -> followUps.insertOnce(new FollowUp(UUID.randomUUID(), enrollment, null, client, program, org,
                p.kind(), p.dueOn(), FollowUpStatus.DUE, null, null)));
    }
}
