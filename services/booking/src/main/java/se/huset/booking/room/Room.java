package se.huset.booking.room;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record Room(UUID id, String name, int capacity, boolean active) {
}
