package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A client finished a treatment programme; the follow-up service schedules its follow-ups from here. */
@Serdeable
public record EnrollmentCompleted(UUID enrollmentId, UUID clientId, String programCode, String ownerOrg,
                                  LocalDate completedOn) {
}
