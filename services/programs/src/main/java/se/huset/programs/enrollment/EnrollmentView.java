package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An enrollment as the API shows it. {@code parallelTrack} says the client is active in the same method at the
 * other body too; it is only ever set where the reader may see both enrollments. {@code decisionId}: the social
 * services' decision a Kommun enrolment carries out.
 */
@Serdeable
public record EnrollmentView(UUID id, UUID clientId, String programCode, @Nullable UUID groupId, String ownerOrg,
                             String therapist, EnrollmentStatus status, @Nullable String goals, boolean returning,
                             LocalDate referredOn, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
                             @Nullable String dropReason, @Nullable Integer droppedAtSession, boolean parallelTrack,
                             @Nullable UUID decisionId) {

    public static EnrollmentView of(Enrollment e, boolean parallelTrack) {
        return new EnrollmentView(e.id(), e.clientId(), e.programCode(), e.groupId(), e.ownerOrg().name(),
                e.therapist(), e.status(), e.goals(), e.returning(), e.referredOn(), e.startedOn(), e.endedOn(),
                e.dropReason(), e.droppedAtSession(), parallelTrack, e.decisionId());
    }
}
