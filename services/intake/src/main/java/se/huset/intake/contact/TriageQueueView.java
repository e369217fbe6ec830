package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Urgency;
import se.huset.kit.list.Cursor;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The triage board's model, shared by its pages: the page of the queue the address asks for (filters owner,
 * urgency, mine; cursor after), its links, the open count, and what the worklist's and the triage forms offer.
 */
@Singleton
public class TriageQueueView {

    static final String VIEW = "intake/triage";
    static final String PATH = "/intake/triage";
    /** A page a team can take in at a glance; the rest is one click away and counted in the heading. */
    static final int PAGE_SIZE = 25;

    private final ContactQueries contacts;
    private final Colleagues colleagues;

    public TriageQueueView(ContactQueries contacts, Colleagues colleagues) {
        this.contacts = contacts;
        this.colleagues = colleagues;
    }

    /** The board's model; a bad filter or cursor is said at the top (and {@code badRequest} set). */
    Map<String, Object> queue(HttpRequest<?> request, Staff staff, PageDates fmt, @Nullable String shown,
                              @Nullable UUID failed, FormData form, FieldErrors errors) {
        Map<String, Object> model = formModel(fmt, failed, form, errors);
        var params = request.getParameters();
        model.put("filterOwner", params.get("owner"));
        model.put("filterUrgency", params.get("urgency"));
        model.put("filterMine", "true".equals(params.get("mine")));
        model.put("queueUrl", link(request, PATH + "/queue", null, true));
        model.put("first", params.get("after") == null ? null : link(request, PATH, null, false));
        model.put("me", staff.username());
        model.put("readerOrg", staff.org());
        model.put("colleagues", staff.org() == null ? List.of() : colleagues.of(staff.org()));
        model.put("closeReasons", CloseReason.values());
        try {
            ContactFilter filter = ContactFilter.parse(staff, Contact.Status.NEW.name(), params.get("urgency"), null,
                    null, params.get("owner"), null, null, params.get("mine"), null);
            ContactQueries.LiveQueue queue = contacts.live(staff, filter,
                    Cursor.parse("after", params.get("after"), ContactRepository.cursorKeys(filter)), PAGE_SIZE, shown);
            model.put("items", queue.items());
            model.put("withheld", queue.withheld());
            model.put("shown", queue.version());
            model.put("open", queue.open());
            model.put("next", queue.next() == null ? null : link(request, PATH, queue.next(), false));
        } catch (ProblemException e) {
            errors.add(e);
            model.put("badRequest", true);
            model.put("items", List.of());
            model.put("withheld", 0);
            model.put("shown", "");
            model.put("open", 0L);
            model.put("next", null);
            model.put("first", PATH);
        }
        return model;
    }

    /** What one contact's triage form needs: the choices, and the user's input when it is the one that failed. */
    static Map<String, Object> formModel(PageDates fmt, @Nullable UUID failed, FormData form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", fmt);
        model.put("board", TriageBoard.INSTANCE);
        model.put("failedId", failed);
        model.put("form", form);
        model.put("errors", errors);
        model.put("urgencies", Urgency.values());
        model.put("pathways", Pathway.values());
        model.put("orgs", TriageBoard.RESPONSIBLE);
        model.put("risks", RiskFlag.values());
        return model;
    }

    /** The board's address with the request's filters, and the given cursor (or, for the poll, the request's own). */
    private static String link(HttpRequest<?> request, String path, @Nullable String after, boolean keepCursor) {
        UriBuilder uri = UriBuilder.of(path);
        for (String name : List.of("owner", "urgency", "mine")) {
            String value = request.getParameters().get(name);
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        }
        String cursor = keepCursor ? request.getParameters().get("after") : after;
        if (cursor != null && !cursor.isBlank()) {
            uri.queryParam("after", cursor);
        }
        return uri.toString();
    }
}
