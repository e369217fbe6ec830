package se.huset.booking.room;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.Inputs;
import se.huset.kit.problem.ProblemException;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** HUSET's rooms and the user organisations' presence hours; ADMIN adds them. */
@Controller("/api/booking")
public class RoomController {

    private final RoomRepository rooms;
    private final PresenceRepository presence;
    private final Idempotency idempotency;

    public RoomController(RoomRepository rooms, PresenceRepository presence, Idempotency idempotency) {
        this.rooms = rooms;
        this.presence = presence;
        this.idempotency = idempotency;
    }

    /**
     * Rooms `{"name","capacity"}`; user organisations' weekly reception hours
     * `{"organisation","weekday","starts","ends"}`.
     *
     * Who may call it: read: staff; add: ADMIN.
     */
    @Get("/rooms")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Room> rooms() {
        return rooms.all();
    }

    /**
     * Rooms `{"name","capacity"}`; user organisations' weekly reception hours
     * `{"organisation","weekday","starts","ends"}`.
     *
     * Who may call it: read: staff; add: ADMIN.
     */
    @Post("/rooms")
    @Secured(Roles.ADMIN)
    public HttpResponse<?> addRoom(@Body @Valid RoomInput input, @Nullable @Header(Idempotency.HEADER) String key) {
        return idempotency.created("room", key, () -> {
            Room room = new Room(UUID.randomUUID(), input.name().strip(), input.capacity(), true);
            if (!rooms.insert(room)) {
                throw ProblemException.conflict("A room named " + room.name() + " exists already.");
            }
            return room;
        });
    }

    /**
     * Rooms `{"name","capacity"}`; user organisations' weekly reception hours
     * `{"organisation","weekday","starts","ends"}`.
     *
     * Who may call it: read: staff; add: ADMIN.
     */
    @Get("/presence")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.ADMIN,
            Roles.USER_ORG, Roles.STEERING})
    @Transactional(readOnly = true)
    public List<PresenceHours> presence() {
        return presence.all();
    }

    /**
     * Rooms `{"name","capacity"}`; user organisations' weekly reception hours
     * `{"organisation","weekday","starts","ends"}`.
     *
     * Who may call it: read: staff; add: ADMIN.
     */
    @Post("/presence")
    @Secured(Roles.ADMIN)
    public HttpResponse<?> addPresence(@Body @Valid PresenceInput input, @Nullable @Header(Idempotency.HEADER) String key) {
        return idempotency.created("presence", key, () -> {
            String day = Inputs.weekday("weekday", input.weekday()).name();
            LocalTime starts = Inputs.time("starts", input.starts());
            LocalTime ends = Inputs.time("ends", input.ends());
            if (!ends.isAfter(starts)) {
                throw ProblemException.invalid("ends", "must be after starts");
            }
            PresenceHours p = new PresenceHours(UUID.randomUUID(), input.organisation().strip(), day,
                    starts.toString(), ends.toString());
            presence.add(p);
            return p;
        });
    }

    @Serdeable
    public record RoomInput(@NotBlank @Size(max = 100) String name, @Min(1) @Max(200) int capacity) {
    }

    @Serdeable
    public record PresenceInput(@NotBlank @Size(max = 200) String organisation, String weekday, String starts,
                                String ends) {
    }
}
