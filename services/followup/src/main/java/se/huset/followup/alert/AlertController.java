package se.huset.followup.alert;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

@Controller("/api/followup/alerts")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class AlertController {

    private final BetweenChairs alerts;

    public AlertController(BetweenChairs alerts) {
        this.alerts = alerts;
    }

    @Get
    public Visible<BetweenChairs.Alert> list(Authentication auth) {
        return alerts.list(Staff.of(auth));
    }
}
