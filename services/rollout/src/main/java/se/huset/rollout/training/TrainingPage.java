package se.huset.rollout.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.web.PageLinks;

import java.util.HashMap;
import java.util.Map;

/** The whole joint training register, newest first, a page at a time; the dashboard shows the newest few. */
@Controller("/rollout/trainings")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class TrainingPage {

    private final TrainingRegister register;

    public TrainingPage(TrainingRegister register) {
        this.register = register;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> register(@Nullable @QueryValue String after,
                                                      @Nullable @QueryValue String limit, HttpRequest<?> request) {
        Page<TrainingEvent> page = register.page(Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
        Map<String, Object> model = new HashMap<>();
        model.put("trainings", page.items());
        model.put("trainingTotals", register.totals());
        model.put("pdf", false);
        model.put("next", PageLinks.next(request, page));
        model.put("first", PageLinks.first(request));
        return new ModelAndView<>("rollout/trainings", model);
    }
}
