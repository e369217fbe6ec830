package se.huset.booking.request;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A client's first-visit requests in the overview, from triage, when they were put on the waiting list: the urgency,
 * waiting (OPEN, OVERDUE past the care guarantee), BOOKED or CLOSED without a visit, and the days waited.
 */
@Singleton
class WaitingInTimeline implements TimelineSource {

    private final RequestRepository requests;
    private final Clock clock;

    WaitingInTimeline(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        Instant now = clock.instant();
        return requests.forClient(clientId).stream().map(r -> {
            boolean open = r.status() == FirstVisitRequest.Status.OPEN;
            String status = open && !CareGuaranteeClock.kept(now, r.dueAt()) ? "OVERDUE" : r.status().name();
            return new TimelineItem(new TimelineEntry(r.owned().resource(), r.triagedAt(), false, TimelineKind.WAITING,
                    r.unitOrg(), r.urgency(), status, daysWaited(r, now), null,
                    open ? "/booking/waiting-list/" + r.id() : null), r.owned());
        }).toList();
    }

    /** Clinic days from triage to the booking, the closing, or today while it waits. */
    private static int daysWaited(FirstVisitRequest r, Instant now) {
        Instant end = switch (r.status()) {
            case OPEN -> now;
            case BOOKED -> r.bookedAt() == null ? now : r.bookedAt();
            case CLOSED -> r.closedAt() == null ? now : r.closedAt();
        };
        return (int) Math.max(0, ChronoUnit.DAYS.between(r.triagedAt().atZone(ClinicTime.ZONE).toLocalDate(),
                end.atZone(ClinicTime.ZONE).toLocalDate()));
    }
}
