package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.kit.consent.OwnedRecord;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's place in a programme, owned by the body of the therapist who enrolled them. {@code decisionId}: the
 * social services' decision on an intervention (casework's biståndsbeslut) that a Kommun enrolment carries out.
 */
public record Enrollment(UUID id, UUID clientId, String programCode, @Nullable UUID groupId, Org ownerOrg,
                         String therapist, EnrollmentStatus status, @Nullable String goals, boolean returning,
                         LocalDate referredOn, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
                         @Nullable String dropReason, @Nullable Integer droppedAtSession,
                         @Nullable UUID decisionId) {

    /** Enrollments, their goals, attendance and notes are care documentation of the owning body. */
    public OwnedRecord owned() {
        return new OwnedRecord(clientId, ownerOrg, DataCategory.CARE, "enrollment/" + id);
    }
}
