package se.huset.programs.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupRows;
import se.huset.programs.group.ProgramGroup;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Taking attendance for one session: the whole session in one post, {@code status.<enrollment>} and
 * {@code note.<enrollment>} per participant, plus {@code groupNote}. A refusal shows the page again with what was
 * typed; success goes back to the group.
 */
@Controller("/programs/groups/{id}/sessions/{sessionId}/attendance")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class AttendancePage {

    private final GroupRepository groups;
    private final TakingAttendance attendance;
    private final GroupRows rows;
    private final PageMessages messages;
    private final Clock clock;

    public AttendancePage(GroupRepository groups, TakingAttendance attendance, GroupRows rows, PageMessages messages,
                          Clock clock) {
        this.groups = groups;
        this.attendance = attendance;
        this.rows = rows;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    public ModelAndView<Map<String, Object>> attendanceForm(UUID id, UUID sessionId, HttpRequest<?> request,
                                                            Authentication auth) {
        PageMessages.Translator texts = messages.forRequest(request);
        return page(texts, Staff.of(auth), id, sessionId, texts.errors(), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object takeAttendance(UUID id, UUID sessionId, @Nullable @Body Map<String, String> body,
                                 HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        Map<String, String> typed = body == null ? Map.of() : body;
        FormData form = FormData.of(typed);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        List<AttendanceRequest.Participant> marks = new ArrayList<>();
        typed.keySet().stream().filter(name -> name.startsWith("status.")).forEach(name -> {
            UUID enrollment = enrollment(name.substring("status.".length()));
            AttendanceStatus status = form.oneOf(AttendanceStatus.class, name, errors);
            if (enrollment == null) {
                errors.add("participants", "names an unknown participant");
            } else if (status == null) {
                errors.add("status", "must be PRESENT, ABSENT or EXCUSED");
            } else {
                marks.add(new AttendanceRequest.Participant(enrollment, status, form.orNull("note." + enrollment)));
            }
        });
        if (errors.isEmpty() && marks.isEmpty()) {
            errors.add("participants", "choose present, absent or excused for each participant");
        }
        if (errors.isEmpty()) {
            try {
                attendance.record(staff, id, sessionId, new AttendanceRequest(typed.get("groupNote"), marks));
                return HttpResponse.seeOther(URI.create("/programs/groups/" + id + "?saved=attendance"));
            } catch (ProblemException e) {
                if (e.problem().status() == 404) {
                    throw e;
                }
                errors.add(e);
            }
        }
        return page(texts, staff, id, sessionId, errors, typed);
    }

    private ModelAndView<Map<String, Object>> page(PageMessages.Translator texts, Staff staff, UUID id,
                                                   UUID sessionId, FieldErrors errors, Map<String, String> typed) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        AttendanceView view = attendance.read(staff, id, sessionId);
        LocalDate today = LocalDate.now(clock);
        List<GroupRows.ParticipantRow> participants = new ArrayList<>();
        int n = 0;
        for (AttendanceView.Row r : view.items()) {
            if (r.enrollmentStatus() != EnrollmentStatus.ACTIVE) {
                continue;
            }
            String mark = typed.getOrDefault("status." + r.enrollmentId(), r.status() == null ? null : r.status().name());
            String note = typed.getOrDefault("note." + r.enrollmentId(), r.note());
            participants.add(new GroupRows.ParticipantRow(r.enrollmentId(), r.clientId(),
                    rows.label(n++, r.clientId(), today), EnrollmentStatus.ACTIVE.name(), "", false, false, false,
                    mark, note));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", texts.dates());
        model.put("group", GroupRows.groupRow(group, rows.programNames()));
        model.put("session", view);
        model.put("when", texts.dates().dayAndTime(view.start()));
        model.put("participants", participants);
        model.put("withheld", view.withheld());
        model.put("groupNote", typed.getOrDefault("groupNote", view.groupNote()));
        model.put("statuses", List.of(AttendanceStatus.values()).stream().map(Enum::name).toList());
        model.put("errors", errors);
        return new ModelAndView<>("programs/attendance", model);
    }

    @Nullable
    private static UUID enrollment(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
