package se.huset.contracts.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client left a treatment programme early, after {@code atSession} sessions. The free-text reason stays in the
 * programs service: it is care documentation, not something other services need to act on.
 */
@Serdeable
public record EnrollmentDroppedOut(UUID enrollmentId, UUID clientId, String programCode, String ownerOrg,
                                   LocalDate droppedOn, int atSession) {
}
