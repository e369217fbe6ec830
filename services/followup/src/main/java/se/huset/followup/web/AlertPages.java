package se.huset.followup.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.followup.FollowupSettings;
import se.huset.followup.alert.BetweenChairs;
import se.huset.followup.alert.BetweenChairsRule;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The open between-chairs alerts the reader may see, the oldest first, as the API gives them. */
@Controller("/followup/alerts")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class AlertPages {

    private final BetweenChairs alerts;
    private final FollowupSettings settings;

    public AlertPages(BetweenChairs alerts, FollowupSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One alert with its time in the clinic's zone. */
    public record Row(BetweenChairsRule.Type type, UUID clientId, String ownerOrg, String since) {
    }

    @Get
    public ModelAndView<Map<String, Object>> list(Authentication auth) {
        Visible<BetweenChairs.Alert> visible = alerts.list(Staff.of(auth));
        Map<String, Object> model = new HashMap<>();
        model.put("items", visible.items().stream().sorted(Comparator.comparing(BetweenChairs.Alert::since))
                .map(a -> new Row(a.type(), a.clientId(), a.ownerOrg(), WHEN.format(a.since().atZone(settings.zone())))).toList());
        model.put("withheld", visible.withheld());
        return new ModelAndView<>("followup/alerts", model);
    }
}
