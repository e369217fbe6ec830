package se.huset.followup.frequent;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

@Controller("/api/followup/frequent-attenders")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class FrequentAttenderController {

    private final FrequentAttenders attenders;

    public FrequentAttenderController(FrequentAttenders attenders) {
        this.attenders = attenders;
    }

    @Get
    public FrequentAttenders.Listing list(Authentication auth) {
        return attenders.list(Staff.of(auth));
    }
}
