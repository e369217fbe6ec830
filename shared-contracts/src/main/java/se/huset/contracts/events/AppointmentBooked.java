package se.huset.contracts.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appointment was booked, or moved (published again with the same id and the new times). */
@Serdeable
public record AppointmentBooked(UUID appointmentId, String type, @Nullable UUID clientId, List<String> staff,
                                @Nullable UUID roomId, Instant start, Instant end, String ownerOrg,
                                @Nullable UUID requestId, @Nullable UUID seriesId, Instant bookedAt) {
}
