package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** {@code cancelledBy} is CLIENT or CLINIC. */
@Serdeable
public record AppointmentCancelled(UUID appointmentId, String type, @Nullable UUID clientId, String ownerOrg,
                                   Instant start, String cancelledBy, Instant cancelledAt) {
}
