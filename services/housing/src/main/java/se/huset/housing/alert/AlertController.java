package se.huset.housing.alert;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** Lost-housing alerts for the clients' coordinators (social workers). */
@Controller("/api/housing/alerts")
@Secured(Roles.SOCIAL_WORKER)
public class AlertController {

    private final Alerts alerts;

    public AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @Get
    public Visible<Alert> list(Authentication authentication) {
        return alerts.list(Staff.of(authentication));
    }

    @Post("/{id}/acknowledge")
    public Alert acknowledge(UUID id, Authentication authentication) {
        return alerts.acknowledge(Staff.of(authentication), id);
    }
}
