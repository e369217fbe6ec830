package se.huset.rollout.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;
import se.huset.rollout.report.Dashboard;

import java.util.Map;

/** The steering group's dashboard: the plan on a three-year timeline, the KPIs, action plans, training, costs. */
@Controller("/rollout")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class DashboardPage {

    private final Dashboard dashboard;

    public DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> dashboard(Authentication authentication) {
        Map<String, Object> model = dashboard.model();
        model.put("pdf", false);
        model.put("canEdit", Staff.of(authentication).has(Roles.STEERING));
        return new ModelAndView<>("rollout/dashboard", model);
    }
}
