package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FormData;

import java.util.Map;
import java.util.UUID;

/** A group: its participants (to add, complete or end) and its sessions (to take attendance). */
@Controller("/programs/groups/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class GroupPage {

    private final GroupScreen screen;

    public GroupPage(GroupScreen screen) {
        this.screen = screen;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> group(UUID id, @Nullable @QueryValue String saved,
                                                                 HttpRequest<?> request, Authentication auth) {
        return screen.show(request, Staff.of(auth), id, saved, FormData.empty(), screen.errors(request));
    }
}
