package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.security.CallerToken;
import se.huset.programs.attendance.AttendanceRequest;
import se.huset.programs.attendance.AttendanceView;
import se.huset.programs.attendance.TakingAttendance;
import se.huset.programs.enrollment.Enrolling;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.enrollment.EnrollmentView;

import java.util.Locale;
import java.util.UUID;

/** Groups, their participants (consent-filtered) and each session's attendance in one request. */
@Controller("/api/programs/groups")
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class GroupController {

    private final CreatingGroup creating;
    private final GroupRepository groups;
    private final Enrolling enrolling;
    private final TakingAttendance attendance;
    private final Idempotency idempotency;

    public GroupController(CreatingGroup creating, GroupRepository groups, Enrolling enrolling,
                           TakingAttendance attendance, Idempotency idempotency) {
        this.creating = creating;
        this.groups = groups;
        this.enrolling = enrolling;
        this.attendance = attendance;
        this.idempotency = idempotency;
    }

    /**
     * `{"programCode","name","facilitators":[{"username","org"}],"capacity","intake":"ROLLING|CLOSED","roomId"?,"start"?,"end"?,"sessions"?}`
     * → 201 with its sessions; booking's refusals come back as booking worded them; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Post
    public HttpResponse<?> create(@Body @Valid GroupInput input, @Nullable @Header(Idempotency.HEADER) String key,
                                  HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        String token = CallerToken.of(request);
        return idempotency.created("group:" + staff.username(), key, () -> creating.create(staff, input, token, key));
    }

    /**
     * Groups are no client data: staff see every group, to refer clients to them. By name; filters {@code program}
     * and {@code mine} (groups the reader facilitates).
     */
    @Get
    public Page<GroupView> list(@Nullable @QueryValue String program, @Nullable @QueryValue String mine,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                Authentication auth) {
        String facilitator = ListParams.flag("mine", mine) ? Staff.of(auth).username() : null;
        return groups.page(program == null || program.isBlank() ? null : program.strip().toUpperCase(Locale.ROOT),
                        facilitator, Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit))
                .map(g -> GroupView.of(g, groups.sessions(g.id())));
    }

    /**
     * `{"programCode","name","facilitators":[{"username","org"}],"capacity","intake":"ROLLING|CLOSED","roomId"?,"start"?,"end"?,"sessions"?}`
     * → 201 with its sessions; booking's refusals come back as booking worded them; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/{id}")
    public GroupView get(UUID id) {
        ProgramGroup group = groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        return GroupView.of(group, groups.sessions(id));
    }

    /**
     * `{"programCode","name","facilitators":[{"username","org"}],"capacity","intake":"ROLLING|CLOSED","roomId"?,"start"?,"end"?,"sessions"?}`
     * → 201 with its sessions; booking's refusals come back as booking worded them; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/{id}/participants")
    public Page<EnrollmentView> participants(UUID id, @Nullable @QueryValue String status,
                                             @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                             Authentication auth) {
        groups.find(id).orElseThrow(() -> ProblemException.notFound("group " + id));
        return enrolling.pageForGroup(Staff.of(auth), id, ListParams.choice("status", status, EnrollmentStatus.class),
                Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
    }

    /**
     * `{"groupNote"?,"participants":[{"enrollmentId","status":"PRESENT|ABSENT|EXCUSED","note"?}]}`, the whole session
     * at once.
     *
     * Who may call it: staff of the bodies running the group.
     */
    @Get("/{id}/sessions/{sessionId}/attendance")
    public AttendanceView attendance(UUID id, UUID sessionId, Authentication auth) {
        return attendance.read(Staff.of(auth), id, sessionId);
    }

    /**
     * `{"groupNote"?,"participants":[{"enrollmentId","status":"PRESENT|ABSENT|EXCUSED","note"?}]}`, the whole session
     * at once.
     *
     * Who may call it: staff of the bodies running the group.
     */
    @Put("/{id}/sessions/{sessionId}/attendance")
    public AttendanceView recordAttendance(UUID id, UUID sessionId, @Body @Valid AttendanceRequest request,
                                           Authentication auth) {
        return attendance.record(Staff.of(auth), id, sessionId, request);
    }
}
