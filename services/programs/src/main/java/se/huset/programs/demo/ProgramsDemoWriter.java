package se.huset.programs.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.JdbcBatches;
import se.huset.kit.events.Outbox;
import se.huset.kit.time.ClinicTime;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentRepository;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.ProgramGroup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes the demo's groups of today and, given intake's clients, a {@link ProgramsHistory} of their years in one
 * transaction: groups, sessions and enrolments through the repositories (the use cases stamp every change with
 * the clock's now, and a history lies in the past), attendance in JDBC batches, the events the use cases would
 * have published in time order (follow-up schedules its forms from them), and the audit rows by COPY.
 */
@Singleton
class ProgramsDemoWriter {

    private static final int AUDIT_CHUNK = 20_000;

    private final TodaysGroups todaysGroups;
    private final GroupRepository groups;
    private final EnrollmentRepository enrollments;
    private final Outbox outbox;
    private final AuditLog audit;
    private final JdbcOperations jdbc;

    ProgramsDemoWriter(TodaysGroups todaysGroups, GroupRepository groups, EnrollmentRepository enrollments,
                       Outbox outbox, AuditLog audit, JdbcOperations jdbc) {
        this.todaysGroups = todaysGroups;
        this.groups = groups;
        this.enrollments = enrollments;
        this.outbox = outbox;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public ProgramsHistory.Plan write(int years, List<ClientFact> known, Instant now) {
        todaysGroups.load();
        ProgramsHistory.Plan plan = ProgramsHistory.plan(years, known, now, ClinicTime.ZONE);
        for (ProgramGroup g : plan.groups()) {
            groups.insert(g, "demo-data", now);
        }
        plan.sessions().forEach(groups::insertSession);
        for (Enrollment e : plan.enrollments()) {
            enrollments.insert(e, now);
        }
        insertAttendance(plan.attendance());
        outbox.publishAll(plan.events());
        List<AuditLog.PastAccess> accesses = plan.accesses();
        for (int from = 0; from < accesses.size(); from += AUDIT_CHUNK) {
            audit.appendHistory(accesses.subList(from, Math.min(accesses.size(), from + AUDIT_CHUNK)));
        }
        return plan;
    }

    private void insertAttendance(List<ProgramsHistory.Mark> marks) {
        JdbcBatches.write(jdbc, """
                insert into attendance (session_id, enrollment_id, status, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", marks, (ps, m) -> {
            ps.setObject(1, m.sessionId());
            ps.setObject(2, m.enrollmentId());
            ps.setString(3, m.status().name());
            ps.setString(4, m.note());
            ps.setString(5, m.recordedBy());
            ps.setTimestamp(6, Timestamp.from(m.recordedAt()));
        });
    }
}
