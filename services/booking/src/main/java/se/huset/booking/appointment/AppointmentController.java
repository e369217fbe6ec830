package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.booking.Inputs;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/booking/appointments")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.SERVICE})
public class AppointmentController {

    private final BookingAppointment booking;
    private final ChangingAppointment changing;
    private final AppointmentQueries queries;
    private final Idempotency idempotency;

    public AppointmentController(BookingAppointment booking, ChangingAppointment changing, AppointmentQueries queries,
                                 Idempotency idempotency) {
        this.booking = booking;
        this.changing = changing;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @Post
    public HttpResponse<?> book(@Body @Valid BookAppointmentRequest request,
                                @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("appointment:" + staff.username(), idempotencyKey, () -> booking.book(staff, request));
    }

    @Get("/{id}")
    public AppointmentView get(UUID id, Authentication authentication) {
        return queries.one(Staff.of(authentication), id);
    }

    /** {@code from} and {@code to} are ISO-8601 with offset; narrowed by one of staff, room or client. */
    @Get
    public Visible<AppointmentView> list(@QueryValue String from, @QueryValue String to,
                                         @Nullable @QueryValue String staff, @Nullable @QueryValue UUID room,
                                         @Nullable @QueryValue UUID client, Authentication authentication) {
        return queries.list(Staff.of(authentication), staff, room, client, Inputs.range("from", from, "to", to));
    }

    @Post("/{id}/cancel")
    public AppointmentView cancel(UUID id, @Nullable @Body ChangingAppointment.CancelRequest request,
                                  Authentication authentication) {
        return changing.cancel(Staff.of(authentication), id, request == null ? null : request.by());
    }

    @Post("/{id}/attended")
    public AppointmentView attended(UUID id, Authentication authentication) {
        return changing.attended(Staff.of(authentication), id);
    }

    @Post("/{id}/no-show")
    public AppointmentView noShow(UUID id, Authentication authentication) {
        return changing.noShow(Staff.of(authentication), id);
    }

    @Post("/{id}/move")
    public AppointmentView move(UUID id, @Body ChangingAppointment.MoveRequest request, Authentication authentication) {
        return changing.move(Staff.of(authentication), id, request);
    }
}
