package se.huset.booking.slots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A bookable time: for a staff member (staff set) or a room (roomId set). */
@Serdeable
public record FreeSlot(Instant start, Instant end, @Nullable String staff, @Nullable UUID roomId) {
}
