package se.huset.booking.slots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;

import java.util.List;
import java.util.UUID;

@Controller("/api/booking/slots")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class SlotController {

    private final SlotSearch search;

    public SlotController(SlotSearch search) {
        this.search = search;
    }

    /**
     * {@code ?staff=|room=|unit=&from=&to=&minutes=}; unit is a unit name or a body (REGION, KOMMUN), whose staff
     * are searched except those who work the reception desk.
     */
    @Get
    public Slots slots(@Nullable @QueryValue String staff, @Nullable @QueryValue UUID room,
                       @Nullable @QueryValue String unit, @Nullable @QueryValue String from,
                       @Nullable @QueryValue String to, @QueryValue(defaultValue = "60") int minutes) {
        return new Slots(search.find(staff, room, unit, from, to, minutes));
    }

    @Serdeable
    public record Slots(List<FreeSlot> slots) {
    }
}
