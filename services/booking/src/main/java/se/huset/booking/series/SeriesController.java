package se.huset.booking.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

/**
 * Group series. The programs service books its groups here with its service token; occurrences are then
 * ordinary appointments ({@code /api/booking/appointments/{id}/move}, {@code …/cancel}).
 */
@Controller("/api/booking/series")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class SeriesController {

    private final SchedulingSeries scheduling;
    private final Idempotency idempotency;

    public SeriesController(SchedulingSeries scheduling, Idempotency idempotency) {
        this.scheduling = scheduling;
        this.idempotency = idempotency;
    }

    /**
     * A weekly group `{"title","roomId","capacity","facilitators":[…],"start","end","weeks"}` → 201 with its
     * `occurrences`, all or nothing; each occurrence is an appointment that moves or is cancelled alone. `GET
     * /api/booking/series/{id}`.
     *
     * Who may call it: client-work roles, SERVICE.
     */
    @Post
    public HttpResponse<?> create(@Body @Valid SeriesInput input, @Nullable @Header(Idempotency.HEADER) String key,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("series:" + staff.username(), key, () -> scheduling.schedule(staff, input));
    }

    @Get("/{id}")
    public SeriesView get(UUID id) {
        return scheduling.one(id);
    }
}
