package se.huset.booking.room;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A user organisation's weekly hours in the reception. */
@Serdeable
public record PresenceHours(UUID id, String organisation, String weekday, String starts, String ends) {
}
