package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The waiting-list page's model, shared by the list and by its actions when one is refused. */
@Singleton
public class WaitingListModel {

    static final String VIEW = "booking/waiting-list";
    static final String LIST = "/booking/waiting-list";
    private static final Set<String> DONE = Set.of("booked", "taken", "assigned", "released", "closed");

    private final WaitingList waitingList;
    private final ClientNames names;
    private final PageMessages messages;

    public WaitingListModel(WaitingList waitingList, ClientNames names, PageMessages messages) {
        this.waitingList = waitingList;
        this.names = names;
        this.messages = messages;
    }

    public record Row(UUID id, @Nullable UUID clientId, String urgency, String pathway, String unitOrg,
                      String triaged, String due, boolean overdue, @Nullable String takenBy, boolean takenByMe,
                      boolean workable, String status) {
    }

    /** The filter form as the reader filled it in. */
    public record Filters(String status, String urgency, String org, String pathway, String dueFrom, String dueTo,
                          boolean overdue, boolean mine) {

        static final Filters OPEN = new Filters("OPEN", "", "", "", "", "", false, false);

        static Filters of(@Nullable String status, @Nullable String urgency, @Nullable String org,
                          @Nullable String pathway, @Nullable String dueFrom, @Nullable String dueTo,
                          @Nullable String overdue, @Nullable String mine) {
            return new Filters(status == null ? "OPEN" : status, orEmpty(urgency), orEmpty(org), orEmpty(pathway),
                    orEmpty(dueFrom), orEmpty(dueTo), "true".equals(overdue), "true".equals(mine));
        }

        private static String orEmpty(@Nullable String v) {
            return v == null ? "" : v;
        }
    }

    /** The page's model; {@code asAsked} false when the request's own filters were refused (links start over). */
    Map<String, Object> of(Staff reader, WaitingListQuery query, HttpRequest<?> request, boolean asAsked,
                           @Nullable String done, Filters filters) {
        Page<RequestView> page = waitingList.page(reader, query);
        PageDates times = messages.forRequest(request).dates();
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
        model.put("pathways", Arrays.stream(Pathway.values()).filter(p -> p.runBy() != null).toList());
        model.put("closeReasons", CloseReason.values());
        model.put("colleagues", waitingList.colleagues(reader));
        model.put("back", asAsked ? request.getUri().toString() : LIST);
        model.put("invalidField", null);
        model.put("actionError", null);
        return model;
    }

    private static Row row(PageDates times, RequestView r, Staff reader) {
        boolean workable = r.status() == FirstVisitRequest.Status.OPEN && reader.org() != null
                && reader.org().name().equals(r.unitOrg());
        return new Row(r.id(), r.clientId(), r.urgency(), r.pathway(), r.unitOrg(), times.dayAndTime(r.triagedAt()),
                times.lastDayBefore(r.dueAt()), r.overdue(), r.takenBy(), reader.username().equals(r.takenBy()), workable,
                r.status().name());
    }
}
