package se.huset.gateway.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Claims;
import se.huset.kit.security.Staff;
import se.huset.kit.web.Navigation;

import java.util.Map;

/**
 * The start page after login: a welcome and a tile for each page the user's roles open (the menu's pages, with
 * what each is for). Anonymous users go to /login.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class HomeController {

    /**
     * Home page with what your roles can do.
     *
     * Who may call it: signed in.
     */
    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> home(Authentication authentication) {
        Staff staff = Staff.of(authentication);
        Object name = authentication.getAttributes().getOrDefault(Claims.NAME, staff.username());
        return new ModelAndView<>("gateway/home", Map.of(
                "displayName", name.toString(),
                "tiles", Navigation.pagesFor(staff)));
    }
}
