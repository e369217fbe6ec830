package se.huset.programs.enrollment;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A client's enrolments in the overview, on the day each started (or was referred, before it starts): the
 * programme, the enrolment's status, and in a group the sessions the client attended of those held so far.
 */
@Singleton
class EnrollmentsInTimeline implements TimelineSource {

    private final EnrollmentRepository enrollments;
    private final Clock clock;

    EnrollmentsInTimeline(EnrollmentRepository enrollments, Clock clock) {
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return enrollments.forClientWithAttendance(clientId, clock.instant(), ClinicTime.ZONE).stream().map(a -> {
            Enrollment e = a.enrollment();
            boolean held = e.groupId() != null && a.held() > 0;
            return new TimelineItem(new TimelineEntry(e.owned().resource(),
                    ClinicTime.startOf(e.startedOn() != null ? e.startedOn() : e.referredOn()), true,
                    TimelineKind.ENROLMENT, e.ownerOrg(), a.programName(), e.status().name(),
                    held ? a.present() : null, held ? a.held() : null, "/programs/clients/" + clientId), e.owned());
        }).toList();
    }
}
