package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The client search, a page of hits at a time (newest clients first); a bad cursor or term is said on the page. */
@Controller("/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientSearchPage {

    private static final int SEARCH_LIMIT = 50;
    private static final String VIEW = "intake/clients";

    private final ClientQueries clients;
    private final PageMessages messages;
    private final Clock clock;

    public ClientSearchPage(ClientQueries clients, PageMessages messages, Clock clock) {
        this.clients = clients;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String after,
                                  HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FieldErrors errors = messages.forRequest(request).errors();
        Map<String, Object> model = new HashMap<>();
        String text = q == null ? "" : q.strip();
        model.put("q", text);
        model.put("errors", errors);
        if (!text.isEmpty()) {
            try {
                ClientSearchTerm term = ClientSearchTerm.parse("q", text, LocalDate.now(clock));
                Page<ClientView.Summary> results = clients.search(staff, term, Cursor.parse("after", after, 2),
                        SEARCH_LIMIT);
                model.put("results", results);
                model.put("next", PageLinks.next(request, results));
                model.put("first", PageLinks.first(request));
            } catch (ProblemException e) {
                errors.add(e);
                model.put("first", PageLinks.first(request));
                return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
            }
        }
        return HttpResponse.ok(new ModelAndView<>(VIEW, model));
    }
}
