package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientNames;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;
import se.huset.programs.enrollment.Enrolling;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.enrollment.EnrollmentView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The group's page, shown by {@link GroupPage} and again, with the refusal and what was typed, by the posts that
 * change its participants: the group with one page of its participants ({@code ?after=&limit=} on the page's own
 * address) and its sessions.
 */
@Singleton
public class GroupScreen {

    static final String VIEW = "programs/group";

    private final GroupRepository groups;
    private final Enrolling enrolling;
    private final GroupRows rows;
    private final ClientNames names;
    private final PageMessages messages;
    private final Clock clock;

    public GroupScreen(GroupRepository groups, Enrolling enrolling, GroupRows rows, ClientNames names,
                       PageMessages messages, Clock clock) {
        this.groups = groups;
        this.enrolling = enrolling;
        this.rows = rows;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    public FieldErrors errors(HttpRequest<?> request) {
        return messages.forRequest(request).errors();
    }

    /** The page; 400 when the list's own parameters cannot be read. */
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> show(HttpRequest<?> request, Staff staff, UUID id,
                                                                      @Nullable String saved, FormData form,
                                                                      FieldErrors errors) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        Map<String, String> programs = rows.programNames();
        PageDates dates = messages.forRequest(request).dates();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        Page<EnrollmentView> participants = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            participants = enrolling.pageForGroup(staff, id, null, Cursor.parse("after",
                    request.getParameters().get("after"), 2).orElse(null),
                    ListParams.limit(request.getParameters().get("limit")));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        List<GroupRows.ParticipantRow> shown = new ArrayList<>();
        for (int i = 0; i < participants.items().size(); i++) {
            EnrollmentView e = participants.items().get(i);
            boolean changeable = e.status() == EnrollmentStatus.ACTIVE && staff.org() != null
                    && staff.org().name().equals(e.ownerOrg());
            shown.add(new GroupRows.ParticipantRow(e.id(), e.clientId(), rows.label(i, e.clientId(), today),
                    e.status().name(), dates.day(e.startedOn() == null ? e.referredOn() : e.startedOn()),
                    e.returning(), e.parallelTrack(), changeable, null, null));
        }
        model.put("fmt", dates);
        model.put("group", GroupRows.groupRow(group, programs));
        model.put("participants", shown);
        model.put("names", names.of(request, participants.items().stream().map(EnrollmentView::clientId).toList()));
        model.put("withheld", participants.withheld());
        model.put("next", PageLinks.next(request, participants));
        model.put("first", PageLinks.first(request));
        model.put("sessions", groups.sessions(id).stream()
                .map(s -> GroupRows.sessionRow(dates, group, s, programs)).toList());
        model.put("saved", saved);
        model.put("form", form);
        model.put("errors", errors);
        // a Kommun enrolment may carry out a social services' decision (DecisionReference); the Region's never does
        model.put("decisionField", staff.org() == Org.KOMMUN);
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model));
    }
}
