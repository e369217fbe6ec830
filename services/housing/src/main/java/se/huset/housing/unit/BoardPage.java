package se.huset.housing.unit;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;

import java.util.Map;

/** The occupancy board: every unit with its places taken and free. */
@Controller("/housing")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class BoardPage {

    private final UnitRepository units;

    public BoardPage(UnitRepository units) {
        this.units = units;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> board() {
        return new ModelAndView<>("housing/board", Map.of("units", units.all()));
    }
}
