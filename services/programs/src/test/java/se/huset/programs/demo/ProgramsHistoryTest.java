package se.huset.programs.demo;

import org.junit.jupiter.api.Test;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.events.Outbox;
import se.huset.programs.attendance.AttendanceStatus;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentStatus;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The county's programme history as planned, without a database: volumes, the database's rules, time order. */
class ProgramsHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:00Z");

    private static List<ClientFact> county() {
        Random rnd = new Random(1);
        List<ClientFact> clients = new ArrayList<>();
        for (int n = 0; n < 19_680; n++) {
            clients.add(new ClientFact(new UUID(rnd.nextLong(), rnd.nextLong()), n % 3 == 0 ? Org.KOMMUN : Org.REGION,
                    LocalDate.of(1950 + rnd.nextInt(58), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), n % 2 == 0 ? "F" : "M"));
        }
        return clients;
    }

    @Test
    void fiveCountyYearsReachTheVolumesAndKeepTheRulesOfTheDatabase() {
        List<ClientFact> clients = county();
        ProgramsHistory.Plan plan = ProgramsHistory.plan(DemoScale.COUNTY.years(), clients, NOW, ClinicTime.ZONE);
        Map<UUID, ClientFact> byId = clients.stream().collect(Collectors.toMap(ClientFact::clientId, Function.identity()));

        assertThat(plan.enrollments()).hasSizeGreaterThanOrEqualTo(5_000);
        // issue 14's 5,000 enrolments with attendance: the group programmes' members
        Set<UUID> attended = plan.attendance().stream().map(ProgramsHistory.Mark::enrollmentId).collect(Collectors.toSet());
        assertThat(attended).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(plan.accesses()).hasSizeGreaterThanOrEqualTo(ProgramsHistory.AUDIT_ROWS);
        LocalDate today = LocalDate.ofInstant(NOW, ClinicTime.ZONE);
        assertThat(plan.sessions()).anyMatch(s -> LocalDate.ofInstant(s.startsAt(), ClinicTime.ZONE).isAfter(today))
                .allMatch(s -> s.endsAt().isAfter(s.startsAt()));

        // each body enrols its own clients; HAP takes adults only; one open enrolment per client, programme and body
        Set<String> open = new HashSet<>();
        for (Enrollment e : plan.enrollments()) {
            ClientFact c = byId.get(e.clientId());
            assertThat(e.ownerOrg()).isEqualTo(c.ownerOrg());
            if (e.programCode().equals("HAP") && e.startedOn() != null) {
                assertThat(c.birthDate().plusYears(18)).isBeforeOrEqualTo(e.startedOn());
            }
            if (e.status().open()) {
                assertThat(open.add(e.clientId() + e.programCode() + e.ownerOrg())).as("open twice: %s", e).isTrue();
            }
            assertThat(e.referredOn()).isBeforeOrEqualTo(today);
            if (e.endedOn() != null) {
                assertThat(e.endedOn()).isBeforeOrEqualTo(today).isAfterOrEqualTo(e.startedOn());
            }
            assertThat(e.status() == EnrollmentStatus.DROPPED_OUT).isEqualTo(e.droppedAtSession() != null);
        }
        Map<EnrollmentStatus, Long> byStatus = plan.enrollments().stream()
                .collect(Collectors.groupingBy(Enrollment::status, Collectors.counting()));
        assertThat(byStatus.get(EnrollmentStatus.COMPLETED)).isGreaterThan(byStatus.get(EnrollmentStatus.DROPPED_OUT));
        assertThat(byStatus).containsKeys(EnrollmentStatus.ACTIVE, EnrollmentStatus.REFERRED);
        assertThat(plan.enrollments()).anyMatch(Enrollment::returning);

        // a start event per started enrolment, an ending per ended one, in the order they happened
        Map<String, Long> events = plan.events().stream().collect(Collectors.groupingBy(Outbox.Event::type,
                Collectors.counting()));
        assertThat(events.get(EventTypes.ENROLLMENT_STARTED))
                .isEqualTo(plan.enrollments().stream().filter(e -> e.startedOn() != null).count());
        assertThat(events.get(EventTypes.ENROLLMENT_COMPLETED)).isEqualTo(byStatus.get(EnrollmentStatus.COMPLETED));
        assertThat(events.get(EventTypes.ENROLLMENT_DROPPED_OUT)).isEqualTo(byStatus.get(EnrollmentStatus.DROPPED_OUT));

        // attendance and audit lie in the past, audit oldest first, all on the owner's own basis
        assertThat(plan.attendance()).allMatch(m -> !m.recordedAt().isAfter(NOW))
                .anyMatch(m -> m.status() == AttendanceStatus.ABSENT);
        List<AuditLog.PastAccess> audit = plan.accesses();
        for (int i = 1; i < audit.size(); i++) {
            assertThat(audit.get(i).at()).isAfterOrEqualTo(audit.get(i - 1).at());
        }
        assertThat(audit).allMatch(a -> !a.at().isAfter(NOW) && a.entry().basis().equals("OWNER"));
    }

    @Test
    void theSamePlanEveryTimeAndNoneWithoutClients() {
        List<ClientFact> clients = county();
        assertThat(ProgramsHistory.plan(5, clients, NOW, ClinicTime.ZONE).enrollments())
                .isEqualTo(ProgramsHistory.plan(5, clients, NOW, ClinicTime.ZONE).enrollments());
        assertThat(ProgramsHistory.plan(5, List.of(), NOW, ClinicTime.ZONE).enrollments()).isEmpty();
    }
}
