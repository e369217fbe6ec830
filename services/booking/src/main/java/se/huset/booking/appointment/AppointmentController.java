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
import se.huset.contracts.security.Roles;
import se.huset.booking.calendar.TimeRange;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.Optional;
import java.util.UUID;

@Controller("/api/booking/appointments")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
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

    /**
     * `{"type":"FIRST_VISIT|INDIVIDUAL|GROUP_SESSION|SIP_MEETING|FOLLOW_UP|USER_ORG_PRESENCE","clientId","staff":["username",…],"roomId"?,"start","end","requestId"?,"reminder"?:{"channel":"SMS|EMAIL","to"}}`
     * → 201 with `id`; a FIRST_VISIT naming `requestId` fulfils that request. 409 problem+json with
     * `conflictingAppointmentId` and `resource` (STAFF, ROOM, CLIENT) on a collision; 400 naming the field for end
     * before start, unknown staff (`staff[1]`), a time outside working hours or opening hours, or without offset.
     *
     * Who may call it: client-work roles, SERVICE.
     */
    @Post
    public HttpResponse<?> book(@Body @Valid BookAppointmentRequest request,
                                @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("appointment:" + staff.username(), idempotencyKey, () -> booking.book(staff, request));
    }

    /**
     * One appointment (403 `…/consent-required` when it is the other body's and no consent covers APPOINTMENTS).
     *
     * Who may call it: client-work roles, SERVICE.
     */
    @Get("/{id}")
    public AppointmentView get(UUID id, Authentication authentication) {
        return queries.one(Staff.of(authentication), id);
    }

    /**
     * The appointments overlapping {@code from}–{@code to} (ISO-8601 with offset) in start order, narrowed by one of
     * staff, room or client; keyset-paged ({@code limit} 1–200, default 50; {@code after} the previous {@code next}).
     */
    @Get
    public Page<AppointmentView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                      @Nullable @QueryValue String staff, @Nullable @QueryValue String room,
                                      @Nullable @QueryValue String client, @Nullable @QueryValue String limit,
                                      @Nullable @QueryValue String after, Authentication authentication) {
        TimeRange window = TimeRange.of("from", from, "to", to);
        int size = ListParams.limit(limit);
        Optional<Cursor> cursor = Cursor.parse("after", after, 2);
        return queries.list(Staff.of(authentication), blankToNull(staff), ListParams.id("room", room),
                ListParams.id("client", client), window, size, cursor);
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Cancel `{"by":"CLIENT|CLINIC"}` (frees the time; a cancelled first visit returns to the waiting list), record
     * attendance or no-show (once begun), move `{"start","end","roomId"?}`; only while BOOKED, else 409.
     *
     * Who may call it: the owning body, the appointment's staff, SERVICE.
     */
    @Post("/{id}/cancel")
    public AppointmentView cancel(UUID id, @Nullable @Body ChangingAppointment.CancelRequest request,
                                  Authentication authentication) {
        return changing.cancel(Staff.of(authentication), id, request == null ? null : request.by());
    }

    /**
     * Cancel `{"by":"CLIENT|CLINIC"}` (frees the time; a cancelled first visit returns to the waiting list), record
     * attendance or no-show (once begun), move `{"start","end","roomId"?}`; only while BOOKED, else 409.
     *
     * Who may call it: the owning body, the appointment's staff, SERVICE.
     */
    @Post("/{id}/attended")
    public AppointmentView attended(UUID id, Authentication authentication) {
        return changing.attended(Staff.of(authentication), id);
    }

    /**
     * Cancel `{"by":"CLIENT|CLINIC"}` (frees the time; a cancelled first visit returns to the waiting list), record
     * attendance or no-show (once begun), move `{"start","end","roomId"?}`; only while BOOKED, else 409.
     *
     * Who may call it: the owning body, the appointment's staff, SERVICE.
     */
    @Post("/{id}/no-show")
    public AppointmentView noShow(UUID id, Authentication authentication) {
        return changing.noShow(Staff.of(authentication), id);
    }

    /**
     * Cancel `{"by":"CLIENT|CLINIC"}` (frees the time; a cancelled first visit returns to the waiting list), record
     * attendance or no-show (once begun), move `{"start","end","roomId"?}`; only while BOOKED, else 409.
     *
     * Who may call it: the owning body, the appointment's staff, SERVICE.
     */
    @Post("/{id}/move")
    public AppointmentView move(UUID id, @Body ChangingAppointment.MoveRequest request, Authentication authentication) {
        return changing.move(Staff.of(authentication), id, request);
    }
}
