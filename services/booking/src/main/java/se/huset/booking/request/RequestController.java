package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/booking/requests")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class RequestController {

    private final WaitingList waitingList;
    private final WorkingTheList working;

    public RequestController(WaitingList waitingList, WorkingTheList working) {
        this.waitingList = waitingList;
        this.working = working;
    }

    @Serdeable
    public record AssignRequest(@Nullable String username) {
    }

    @Serdeable
    public record CloseRequest(@Nullable String reason, @Nullable String note) {
    }

    /**
     * The waiting list ({@code status=OPEN}, the default), most urgent first, then the most overdue; keyset-paged
     * ({@code limit} 1–200, default 50; {@code after} the previous page's {@code next}) and filtered by urgency, body
     * ({@code org}), pathway, due day ({@code dueFrom}, {@code dueTo}), {@code overdue=true} and {@code mine=true}.
     */
    @Get
    public Page<RequestView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String urgency,
                                  @Nullable @QueryValue String org, @Nullable @QueryValue String pathway,
                                  @Nullable @QueryValue String dueFrom, @Nullable @QueryValue String dueTo,
                                  @Nullable @QueryValue String overdue, @Nullable @QueryValue String mine,
                                  @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                  Authentication authentication) {
        return waitingList.page(Staff.of(authentication), WaitingListQuery.parse(status, urgency, org, pathway,
                dueFrom, dueTo, overdue, mine, limit, after));
    }

    /** What the reader's team can act on: its body's open requests, overdue, taken. */
    @Get("/counts")
    public WorklistCounts counts(Authentication authentication) {
        return waitingList.counts(Staff.of(authentication));
    }

    /**
     * The reader's body's open requests `{"open","overdue","overdueTaken","taken","mine"}`; one request (403
     * `…/consent-required` for the other body's without consent).
     *
     * Who may call it: client-work roles, SERVICE.
     */
    @Get("/{id}")
    public RequestView one(UUID id, Authentication authentication) {
        return waitingList.one(Staff.of(authentication), id);
    }

    /**
     * Take it yourself (409 when a colleague has it), assign it to a staff member of the owning body with a calendar
     * (400 `username` otherwise), release it, or close it without a visit; only while OPEN (else 409); the other body,
     * services and the steering group get 403; each change is audited.
     *
     * Who may call it: client-work staff of the body that owns the request.
     */
    @Post("/{id}/take")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public RequestView take(UUID id, Authentication authentication) {
        return working.take(Staff.of(authentication), id);
    }

    /**
     * Take it yourself (409 when a colleague has it), assign it to a staff member of the owning body with a calendar
     * (400 `username` otherwise), release it, or close it without a visit; only while OPEN (else 409); the other body,
     * services and the steering group get 403; each change is audited.
     *
     * Who may call it: client-work staff of the body that owns the request.
     */
    @Post("/{id}/assign")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public RequestView assign(UUID id, @Body AssignRequest request, Authentication authentication) {
        return working.assign(Staff.of(authentication), id, request.username());
    }

    /**
     * Take it yourself (409 when a colleague has it), assign it to a staff member of the owning body with a calendar
     * (400 `username` otherwise), release it, or close it without a visit; only while OPEN (else 409); the other body,
     * services and the steering group get 403; each change is audited.
     *
     * Who may call it: client-work staff of the body that owns the request.
     */
    @Post("/{id}/release")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public RequestView release(UUID id, Authentication authentication) {
        return working.release(Staff.of(authentication), id);
    }

    /**
     * Take it yourself (409 when a colleague has it), assign it to a staff member of the owning body with a calendar
     * (400 `username` otherwise), release it, or close it without a visit; only while OPEN (else 409); the other body,
     * services and the steering group get 403; each change is audited.
     *
     * Who may call it: client-work staff of the body that owns the request.
     */
    @Post("/{id}/close")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public RequestView close(UUID id, @Body CloseRequest request, Authentication authentication) {
        return working.close(Staff.of(authentication), id,
                ListParams.choice("reason", request.reason(), CloseReason.class), request.note());
    }
}
