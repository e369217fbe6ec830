package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record AppointmentAttended(UUID appointmentId, String type, @Nullable UUID clientId, String ownerOrg,
                                Instant start, Instant recordedAt) {
}
