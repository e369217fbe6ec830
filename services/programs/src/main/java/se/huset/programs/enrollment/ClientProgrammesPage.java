package se.huset.programs.enrollment;

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
import se.huset.kit.client.ClientFacts;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A client's programme history: what the reader may see, and honestly how much is withheld. */
@Controller("/programs/clients/{clientId}")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class ClientProgrammesPage {

    private final Enrolling enrolling;
    private final CatalogRepository catalog;
    private final ClientFacts facts;
    private final ClientNames names;
    private final PageMessages messages;
    private final Clock clock;

    public ClientProgrammesPage(Enrolling enrolling, CatalogRepository catalog, ClientFacts facts, ClientNames names,
                                PageMessages messages, Clock clock) {
        this.enrolling = enrolling;
        this.catalog = catalog;
        this.facts = facts;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    public record EnrollmentRow(String program, String org, String status, String referred, String started,
                                String ended, boolean returning, boolean parallelTrack, @Nullable String goals,
                                @Nullable String dropReason, @Nullable Integer droppedAtSession) {
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> client(UUID clientId, @Nullable @QueryValue String limit,
                                                                  @Nullable @QueryValue String after,
                                                                  HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = new HashMap<>();
        Page<EnrollmentView> visible = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            visible = enrolling.pageForClient(Staff.of(auth), clientId, Cursor.parse("after", after, 2).orElse(null),
                    ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        Map<String, String> programs = catalog.all().stream().collect(Collectors.toMap(Program::code, Program::name));
        PageDates dates = messages.forRequest(request).dates();
        model.put("fmt", dates);
        model.put("names", names.of(request, List.of(clientId)));
        model.put("next", PageLinks.next(request, visible));
        model.put("first", PageLinks.first(request));
        model.put("clientId", clientId);
        model.put("age", facts.find(clientId).map(f -> f.ageOn(LocalDate.now(clock)))
                .filter(a -> a.isPresent()).map(a -> String.valueOf(a.getAsInt())).orElse(null));
        model.put("rows", visible.items().stream().map(e -> new EnrollmentRow(programs.getOrDefault(e.programCode(),
                        e.programCode()), e.ownerOrg(), e.status().name(), dates.day(e.referredOn()),
                dates.day(e.startedOn()), dates.day(e.endedOn()), e.returning(),
                e.parallelTrack(), e.goals(), e.dropReason(), e.droppedAtSession())).toList());
        model.put("parallel", visible.items().stream().anyMatch(EnrollmentView::parallelTrack));
        model.put("withheld", visible.withheld());
        return HttpResponse.status(status).body(new ModelAndView<>("programs/client", model));
    }
}
