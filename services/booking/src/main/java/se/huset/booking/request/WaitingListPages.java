package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Roles;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The waiting list as the reception's worklist: one page at a time in the work's order, filtered, each client named
 * as the reader may see them, with "Jag tar den", assign, release and close next to the booking link.
 */
@Controller("/booking/waiting-list")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class WaitingListPages {

    private static final Set<String> DONE = Set.of("booked", "taken", "assigned", "released", "closed");
    private static final String LIST = "/booking/waiting-list";

    private final WaitingList waitingList;
    private final WorkingTheList working;
    private final ClientNames names;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public WaitingListPages(WaitingList waitingList, WorkingTheList working, ClientNames names, HttpLocaleResolver locales,
                            Clock clock) {
        this.waitingList = waitingList;
        this.working = working;
        this.names = names;
        this.locales = locales;
        this.clock = clock;
    }

    public record Row(UUID id, @Nullable UUID clientId, String urgency, String pathway, String unitOrg,
                      String triaged, String due, boolean overdue, @Nullable String takenBy, boolean takenByMe,
                      boolean workable, String status) {
    }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String urgency,
                                @Nullable @QueryValue String org, @Nullable @QueryValue String pathway,
                                @Nullable @QueryValue String dueFrom, @Nullable @QueryValue String dueTo,
                                @Nullable @QueryValue String overdue, @Nullable @QueryValue String mine,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                @Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Staff reader = Staff.of(auth);
        Map<String, Object> filters = new HashMap<>();
        filters.put("status", status == null ? "OPEN" : status);
        filters.put("urgency", urgency == null ? "" : urgency);
        filters.put("org", org == null ? "" : org);
        filters.put("pathway", pathway == null ? "" : pathway);
        filters.put("dueFrom", dueFrom == null ? "" : dueFrom);
        filters.put("dueTo", dueTo == null ? "" : dueTo);
        filters.put("overdue", "true".equals(overdue));
        filters.put("mine", "true".equals(mine));
        WaitingListQuery query;
        try {
            query = WaitingListQuery.parse(status, urgency, org, pathway, dueFrom, dueTo, overdue, mine, limit, after);
        } catch (ProblemException e) {
            // a bad filter or cursor is said on the page, over the unfiltered first page
            Map<String, Object> model = model(reader, WaitingListQuery.open(), request, false, null, filters);
            model.put("invalidField", field(e.problem()));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("booking/waiting-list", model));
        }
        Map<String, Object> model = model(reader, query, request, true, done, filters);
        return HttpResponse.ok(new ModelAndView<>("booking/waiting-list", model));
    }

    /** The page's model; {@code asAsked} false when the request's own filters were refused (links start over). */
    private Map<String, Object> model(Staff reader, WaitingListQuery query, HttpRequest<?> request, boolean asAsked,
                                      @Nullable String done, Map<String, Object> filters) {
        Page<RequestView> page = waitingList.page(reader, query);
        PageDates times = PageDates.of(locales.resolveOrDefault(request), clock);
        Map<String, Object> model = new HashMap<>();
        model.put("rows", page.items().stream().map(r -> row(times, r, reader)).toList());
        model.put("names", names.of(request, page.items().stream().map(RequestView::clientId).toList()));
        model.put("withheld", page.withheld());
        model.put("next", asAsked ? PageLinks.next(request, page) : null);
        model.put("first", asAsked ? PageLinks.first(request) : null);
        model.put("counts", waitingList.counts(reader));
        model.put("filters", filters);
        model.put("done", done != null && DONE.contains(done) ? done : null);
        model.put("statuses", FirstVisitRequest.Status.values());
        model.put("urgencies", Urgency.values());
        model.put("pathways", java.util.Arrays.stream(Pathway.values()).filter(p -> p.runBy() != null).toList());
        model.put("closeReasons", CloseReason.values());
        model.put("colleagues", waitingList.colleagues(reader));
        model.put("back", asAsked ? request.getUri().toString() : LIST);
        model.put("invalidField", null);
        model.put("actionError", null);
        return model;
    }

    @Post("/{id}/work")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> work(UUID id, @Body Map<String, String> form, HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        String action = form.getOrDefault("action", "");
        try {
            switch (action) {
                case "take" -> working.take(staff, id);
                case "release" -> working.release(staff, id);
                case "assign" -> working.assign(staff, id, form.get("username"));
                case "close" -> working.close(staff, id, ListParams.choice("reason", form.get("reason"), CloseReason.class),
                        form.get("note"));
                default -> throw ProblemException.invalid("action", "must be take, release, assign or close");
            }
        } catch (ProblemException e) {
            Map<String, Object> filters = Map.of("status", "OPEN", "urgency", "", "org", "", "pathway", "",
                    "dueFrom", "", "dueTo", "", "overdue", false, "mine", false);
            Map<String, Object> model = model(staff, WaitingListQuery.open(), request, false, null, filters);
            model.put("actionError", e.problem().status() == 409 ? "conflict"
                    : e.problem().status() == 400 ? "invalid" : "forbidden");
            return HttpResponse.status(HttpStatus.valueOf(e.problem().status()))
                    .body(new ModelAndView<>("booking/waiting-list", model));
        }
        String back = back(form.get("back"));
        URI to;
        try {
            to = URI.create(back + (back.contains("?") ? "&" : "?") + "done=" + done(action));
        } catch (IllegalArgumentException e) {
            to = URI.create(LIST + "?done=" + done(action));
        }
        return HttpResponse.seeOther(to);
    }

    /** Back to the list as it was shown (its filters and page), never anywhere else. */
    private static String back(@Nullable String back) {
        if (back == null || !(back.equals(LIST) || back.startsWith(LIST + "?"))) {
            return LIST;
        }
        String without = back.replaceAll("([?&])done=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        return without.isEmpty() ? LIST : without;
    }

    private static String done(String action) {
        return switch (action) {
            case "take" -> "taken";
            case "assign" -> "assigned";
            case "release" -> "released";
            default -> "closed";
        };
    }

    private static String field(Problem problem) {
        return problem.errors() == null || problem.errors().isEmpty() ? "after" : problem.errors().get(0).field();
    }

    private static Row row(PageDates times, RequestView r, Staff reader) {
        boolean workable = r.status() == FirstVisitRequest.Status.OPEN && reader.org() != null
                && reader.org().name().equals(r.unitOrg());
        return new Row(r.id(), r.clientId(), r.urgency(), r.pathway(), r.unitOrg(), times.dayAndTime(r.triagedAt()),
                times.lastDayBefore(r.dueAt()), r.overdue(), r.takenBy(), reader.username().equals(r.takenBy()), workable,
                r.status().name());
    }
}
