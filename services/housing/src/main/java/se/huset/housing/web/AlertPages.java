package se.huset.housing.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.housing.alert.Alerts;
import se.huset.kit.security.Staff;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The lost-housing alerts for coordinators, open ones first. */
@Controller("/housing/alerts")
@Secured(Roles.SOCIAL_WORKER)
public class AlertPages {

    private final Alerts alerts;

    public AlertPages(Alerts alerts) {
        this.alerts = alerts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list(Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return new ModelAndView<>("housing/alerts", Map.of("alerts", alerts.list(staff), "me", staff.username()));
    }

    @Post("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledge(UUID id, Authentication authentication) {
        alerts.acknowledge(Staff.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/housing/alerts"));
    }
}
