package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client began a treatment programme; {@code returning} when it follows an ending in the same programme within 12
 * months; {@code decisionId} the casework decision a Kommun enrolment carries out, which casework marks enforced.
 */
@Serdeable
public record EnrollmentStarted(UUID enrollmentId, UUID clientId, String programCode, String ownerOrg,
                                @Nullable UUID groupId, LocalDate startedOn, boolean returning,
                                @Nullable UUID decisionId) {
}
