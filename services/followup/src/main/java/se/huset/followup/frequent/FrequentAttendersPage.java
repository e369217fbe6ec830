package se.huset.followup.frequent;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The frequent attenders the reader may see, a page at a time, named as the reader may see them. */
@Controller("/followup/frequent-attenders")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class FrequentAttendersPage {

    private final FrequentAttenders frequent;
    private final ClientNames names;
    private final CareRelationships relationships;
    private final PageMessages messages;

    public FrequentAttendersPage(FrequentAttenders frequent, ClientNames names, CareRelationships relationships,
                                 PageMessages messages) {
        this.frequent = frequent;
        this.names = names;
        this.relationships = relationships;
        this.messages = messages;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> frequentAttenders(HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        Map<String, Object> model = new HashMap<>();
        // the SIP pages are for those who keep plans
        model.put("sipLink", staff.hasAny(List.of(Roles.THERAPIST, Roles.SOCIAL_WORKER)));
        FrequentAttenders.Listing listing;
        try {
            listing = frequent.list(staff, FrequentAttenderController.cursor(request), FrequentAttenderController.limit(request));
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors() == null || e.problem().errors().isEmpty()) {
                throw e;
            }
            model.put("invalid", e.problem().errors().get(0).field());
            model.put("items", List.of());
            model.put("withheld", 0);
            model.put("count", 0);
            return HttpResponse.<ModelAndView<Map<String, Object>>>badRequest().body(new ModelAndView<>("followup/frequent", model));
        }
        model.put("items", listing.items());
        model.put("withheld", listing.withheld());
        model.put("count", listing.count());
        List<java.util.UUID> clients = listing.items().stream().map(FrequentAttenders.Item::clientId).toList();
        model.put("names", names.of(request, clients));
        // a case manager suggested is acted on by naming one in the client's care team: who it is, once named
        model.put("coordinators", staff.org() == null ? Map.of() : relationships.coordinators(clients, staff.org()));
        model.put("fmt", messages.forRequest(request).dates());
        model.put("next", listing.next() == null ? null
                : PageLinks.next(request, new Page<>(listing.items(), listing.next(), 0)));
        model.put("first", PageLinks.first(request));
        return HttpResponse.ok(new ModelAndView<>("followup/frequent", model));
    }
}
