package se.huset.booking.room;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A room, one row of {@code room}. */
@Serdeable
@MappedEntity("room")
public record Room(@Id UUID id, String name, int capacity, boolean active) {
}
