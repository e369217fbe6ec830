package se.huset.programs.attendance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentRepository;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A session's attendance, all participants at once. Each participant's row is CARE of the body that enrolled
 * them: a co-facilitator from the other body records it only where the client's consent lets them see it.
 */
@Singleton
public class TakingAttendance {

    private final GroupRepository groups;
    private final EnrollmentRepository enrollments;
    private final AttendanceRepository attendance;
    private final ConsentGuard guard;
    private final Clock clock;

    public TakingAttendance(GroupRepository groups, EnrollmentRepository enrollments, AttendanceRepository attendance,
                            ConsentGuard guard, Clock clock) {
        this.groups = groups;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.guard = guard;
        this.clock = clock;
    }

    /** Who is expected at a session: those taking part in the group, and those who ended after it began. */
    public static boolean expected(Enrollment e) {
        return e.status() == EnrollmentStatus.ACTIVE || e.status() == EnrollmentStatus.COMPLETED
                || e.status() == EnrollmentStatus.DROPPED_OUT;
    }

    @Transactional
    public AttendanceView record(Staff staff, UUID groupId, UUID sessionId, AttendanceRequest request) {
        ProgramGroup group = groups.find(groupId).orElseThrow(() -> ProblemException.notFound("group " + groupId));
        GroupSession session = groups.session(groupId, sessionId)
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId + " of the group"));
        requireGroupStaff(staff, group);
        Map<UUID, Enrollment> members = enrollments.forGroup(groupId).stream()
                .collect(Collectors.toMap(Enrollment::id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.participants().size(); i++) {
            AttendanceRequest.Participant p = request.participants().get(i);
            if (!seen.add(p.enrollmentId())) {
                throw ProblemException.invalid("participants[" + i + "].enrollmentId", "is listed twice");
            }
            Enrollment e = members.get(p.enrollmentId());
            if (e == null) {
                throw ProblemException.invalid("participants[" + i + "].enrollmentId", "is not enrolled in this group");
            }
            if (e.status() != EnrollmentStatus.ACTIVE) {
                throw ProblemException.unprocessable("participant " + (i + 1) + " is " + e.status()
                        + " in this group; attendance is taken for active participants");
            }
        }
        List<Enrollment> marked = request.participants().stream().map(p -> members.get(p.enrollmentId())).toList();
        // the write is audited with its basis (owner, consent or emergency access); without one it is refused 403
        marked.forEach(e -> guard.read(staff, e.owned(), "attendance.write", e));
        Instant now = clock.instant();
        for (int i = 0; i < marked.size(); i++) {
            AttendanceRequest.Participant p = request.participants().get(i);
            attendance.save(sessionId, marked.get(i).id(), p.status(), blank(p.note()), staff.username(), now);
        }
        if (request.groupNote() != null) {
            groups.saveGroupNote(sessionId, blank(request.groupNote()));
        }
        return read(staff, group, groups.session(groupId, sessionId).orElse(session));
    }

    @Transactional
    public AttendanceView read(Staff staff, UUID groupId, UUID sessionId) {
        ProgramGroup group = groups.find(groupId).orElseThrow(() -> ProblemException.notFound("group " + groupId));
        GroupSession session = groups.session(groupId, sessionId)
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId + " of the group"));
        return read(staff, group, session);
    }

    private AttendanceView read(Staff staff, ProgramGroup group, GroupSession session) {
        Map<UUID, AttendanceRepository.Mark> marks = attendance.forSession(session.id());
        List<Enrollment> expected = enrollments.forGroup(group.id()).stream()
                .filter(e -> TakingAttendance.expected(e) || marks.containsKey(e.id())).toList();
        Visible<Enrollment> visible = guard.filter(staff, expected, Enrollment::owned, "attendance.read");
        List<AttendanceView.Row> rows = visible.items().stream().map(e -> {
            AttendanceRepository.Mark m = marks.get(e.id());
            return new AttendanceView.Row(e.id(), e.clientId(), e.status(), m == null ? null : m.status(), m == null ? null : m.note());
        }).toList();
        // the group note is the group's own documentation: for the staff of the bodies that run it
        String note = runsGroup(staff, group) ? session.groupNote() : null;
        return new AttendanceView(session.id(), session.occurrence(), session.startsAt(), note, rows, visible.withheld());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireGroupStaff(Staff staff, ProgramGroup group) {
        if (!runsGroup(staff, group)) {
            throw ProblemException.forbidden("attendance is taken by staff of the bodies that run the group");
        }
    }

    private static boolean runsGroup(Staff staff, ProgramGroup group) {
        return staff.org() != null && (group.ownerOrg().equals(staff.org().name())
                || group.facilitators().stream().anyMatch(f -> f.org().equals(staff.org().name())));
    }
}
