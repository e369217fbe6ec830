package se.huset.booking.request;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

@Controller("/api/booking/requests")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.SERVICE})
public class RequestController {

    private final WaitingList waitingList;

    public RequestController(WaitingList waitingList) {
        this.waitingList = waitingList;
    }

    /** {@code status=OPEN} is the waiting list: earliest due first, overdue ones flagged. */
    @Get
    public Visible<RequestView> list(@QueryValue(defaultValue = "OPEN") FirstVisitRequest.Status status,
                                     @QueryValue(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                     Authentication authentication) {
        return waitingList.list(Staff.of(authentication), status, limit);
    }
}
