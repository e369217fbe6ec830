package se.huset.programs.group;

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
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A therapist's groups meeting today, and the groups they lead, by name, paged ({@code ?after=&limit=}). */
@Controller("/programs/today")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class TodayPage {

    private final GroupRepository groups;
    private final GroupRows rows;
    private final PageMessages messages;
    private final Clock clock;

    public TodayPage(GroupRepository groups, GroupRows rows, PageMessages messages, Clock clock) {
        this.groups = groups;
        this.rows = rows;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    public HttpResponse<ModelAndView<Map<String, Object>>> today(@Nullable @QueryValue String limit,
                                                                 @Nullable @QueryValue String after,
                                                                 HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        PageDates dates = messages.forRequest(request).dates();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> programs = rows.programNames();
        // today's sessions are few: every group of the reader's that meets today, however many groups they lead
        List<GroupRows.SessionRow> sessions = new ArrayList<>();
        for (GroupSession s : groups.sessionsBetween(today.atStartOfDay(ClinicTime.ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant())) {
            groups.find(s.groupId()).filter(g -> g.ledBy(staff.username()))
                    .ifPresent(g -> sessions.add(GroupRows.sessionRow(dates, g, s, programs)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", dates);
        model.put("date", dates.day(today));
        model.put("sessions", sessions);
        Page<ProgramGroup> mine = new Page<>(List.of(), null, 0);
        HttpStatus status = HttpStatus.OK;
        try {
            mine = groups.page(null, staff.username(), Cursor.parse("after", after, 2).orElse(null),
                    ListParams.limit(limit));
        } catch (ProblemException e) {
            model.put("listError", e.problem().errors().get(0).field());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("groups", mine.items().stream().map(g -> GroupRows.groupRow(g, programs)).toList());
        model.put("next", PageLinks.next(request, mine));
        model.put("first", PageLinks.first(request));
        return HttpResponse.status(status).body(new ModelAndView<>("programs/today", model));
    }
}
