package se.huset.followup.frequent;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import se.huset.kit.list.Cursor;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.security.Staff;

@Controller("/api/followup/frequent-attenders")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class FrequentAttenderController {

    private final FrequentAttenders attenders;

    public FrequentAttenderController(FrequentAttenders attenders) {
        this.attenders = attenders;
    }

    /** A page: {@code limit} (1–200, 50) and {@code after}; a bad value is a 400 naming the parameter. */
    @Get
    public FrequentAttenders.Listing list(HttpRequest<?> request, Authentication auth) {
        return attenders.list(Staff.of(auth), cursor(request), limit(request));
    }

    public static Cursor cursor(HttpRequest<?> request) {
        Cursor after = Cursor.parse("after", request.getParameters().get("after"), 3).orElse(null);
        if (after != null) {
            after.number(0);
            after.instant(1);
            after.uuid(2);
        }
        return after;
    }

    public static int limit(HttpRequest<?> request) {
        return ListParams.limit(request.getParameters().get("limit"), 50, 200);
    }
}
