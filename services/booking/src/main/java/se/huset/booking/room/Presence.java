package se.huset.booking.room;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** One row of {@code presence_hours}: the weekday as ISO number (1 = Monday), the hours as SQL times. */
@MappedEntity("presence_hours")
public record Presence(@Id UUID id, String organisation, int weekday, LocalTime starts, LocalTime ends) {

    static Presence of(PresenceHours p) {
        return new Presence(p.id(), p.organisation(), DayOfWeek.valueOf(p.weekday()).getValue(),
                LocalTime.parse(p.starts()), LocalTime.parse(p.ends()));
    }

    PresenceHours hours() {
        return new PresenceHours(id, organisation, DayOfWeek.of(weekday).name(), starts.toString(), ends.toString());
    }
}
