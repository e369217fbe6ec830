package se.huset.programs.demo;

import jakarta.inject.Singleton;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.events.EnrollmentCompleted;
import se.huset.contracts.events.EnrollmentDroppedOut;
import se.huset.contracts.events.EnrollmentStarted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.events.Outbox;
import se.huset.kit.time.ClinicTime;
import se.huset.programs.attendance.AttendanceRepository;
import se.huset.programs.attendance.AttendanceStatus;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentRepository;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.Facilitator;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Four groups led by therapist.region and therapist.kommun (two co-facilitated), their participants with attendance
 * up to today, earlier completions and drop-outs, returns within 12 months and one parallel track: the demo's
 * programmes at every scale. Their clients are synthetic (their own id namespace, with birth dates in the client
 * facts) and sessions are anchored on the load day, so "my groups today" shows groups whatever intake holds.
 */
@Singleton
class TodaysGroups {

    private static final Facilitator REGION = new Facilitator("therapist.region", "REGION");
    private static final Facilitator KOMMUN = new Facilitator("therapist.kommun", "KOMMUN");
    private static final List<String> NOTES = List.of("Delade en risksituation från veckan", "Kom tio minuter sent",
            "Stöttade en annan deltagare", "Trött men engagerad", "Gjorde hemuppgiften", "Ville prata enskilt efteråt");

    private final GroupRepository groups;
    private final EnrollmentRepository enrollments;
    private final AttendanceRepository attendance;
    private final ClientFacts facts;
    private final Outbox outbox;
    private final Clock clock;
    private final Random random = new Random(4);

    TodaysGroups(GroupRepository groups, EnrollmentRepository enrollments, AttendanceRepository attendance,
                            ClientFacts facts, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.facts = facts;
        this.outbox = outbox;
        this.clock = clock;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("huset-demo:programs:" + name).getBytes(StandardCharsets.UTF_8));
    }

    boolean loaded() {
        return groups.find(id("group:AP")).isPresent();
    }

    /** Runs in the caller's transaction. */
    void load() {
        random.setSeed(4);
        LocalDate today = LocalDate.now(clock);
        for (int n = 1; n <= 70; n++) {
            // ages 19–64, plus client 40 who is 17 (HAP refuses them)
            LocalDate born = n == 40 ? today.minusYears(17).minusMonths(3) : today.minusYears(19 + (n * 7) % 46).minusDays(n * 11L);
            facts.apply(new ClientRegistered(client(n), n % 3 == 0 ? "KOMMUN" : "REGION", born, n % 2 == 0 ? "F" : "M"));
        }
        // ÅP, co-facilitated, meets today: session 5 of 8
        group("AP", "ÅP tisdagsgruppen", Org.REGION, List.of(REGION, KOMMUN), 10, ProgramGroup.Intake.ROLLING,
                today.minusWeeks(4), "17:00", "18:30", 8, 1, 8, Org.REGION);
        // CRA, Kommun, closed cohort half way
        group("CRA", "CRA-gruppen", Org.KOMMUN, List.of(KOMMUN), 8, ProgramGroup.Intake.CLOSED,
                today.minusWeeks(6).plusDays(1), "13:00", "14:30", 12, 9, 7, Org.KOMMUN);
        // HAP, Region, meets today too
        group("HAP", "HAP-gruppen", Org.REGION, List.of(REGION), 8, ProgramGroup.Intake.CLOSED,
                today.minusWeeks(3), "15:00", "16:30", 12, 16, 6, Org.REGION);
        // 12-step, Kommun with the Region's therapist as co-facilitator
        group("TWELVE_STEP", "12-stegsgruppen", Org.KOMMUN, List.of(KOMMUN, REGION), 12, ProgramGroup.Intake.ROLLING,
                today.minusWeeks(9).plusDays(2), "10:00", "11:30", 20, 22, 9, Org.KOMMUN);
        history(today);
    }

    /** A group whose sessions up to today have attendance; {@code members} clients from {@code firstClient} on. */
    private void group(String program, String name, Org owner, List<Facilitator> facilitators, int capacity,
                       ProgramGroup.Intake intake, LocalDate firstDay, String from, String to, int sessions,
                       int firstClient, int size, Org enrollingOrg) {
        UUID groupId = id("group:" + program);
        groups.insert(new ProgramGroup(groupId, program, name, owner.name(), facilitators, capacity, intake, null),
                "demo-data", clock.instant());
        String therapist = enrollingOrg == Org.REGION ? REGION.username() : KOMMUN.username();
        List<Enrollment> members = new java.util.ArrayList<>();
        for (int m = 0; m < size; m++) {
            int c = firstClient + m;
            Enrollment e = new Enrollment(id("enrollment:" + program + ":" + c), client(c), program, groupId,
                    enrollingOrg, therapist, EnrollmentStatus.ACTIVE, m == 0 ? "Hålla nykterheten över helgerna" : null,
                    false, firstDay.minusWeeks(2), firstDay, null, null, null, null);
            enrollments.insert(e, clock.instant());
            publishStart(e);
            members.add(e);
        }
        Instant now = clock.instant();
        for (int k = 1; k <= sessions; k++) {
            LocalDate day = firstDay.plusWeeks(k - 1L);
            GroupSession session = new GroupSession(id("session:" + program + ":" + k), groupId, k, at(day, from), at(day, to),
                    null);
            groups.insertSession(session);
            if (!session.startsAt().isBefore(now)) {
                continue;
            }
            groups.saveGroupNote(session.id(), "Träff " + k + ": genomgång av veckan och dagens tema.");
            for (int m = 0; m < members.size(); m++) {
                Enrollment e = members.get(m);
                // the last member of each group stops coming after session 2 and is recorded as dropped out
                if (m == members.size() - 1 && k > 2) {
                    continue;
                }
                int roll = random.nextInt(10);
                AttendanceStatus status = roll < 7 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
                attendance.save(session.id(), e.id(), status, roll == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null,
                        therapist, now);
            }
        }
        Enrollment last = members.get(members.size() - 1);
        if (firstDay.plusWeeks(2).isBefore(LocalDate.now(clock))) {
            end(last, EnrollmentStatus.DROPPED_OUT, firstDay.plusWeeks(3), "Slutade komma; nås inte på telefon", 2);
        }
    }

    /**
     * Individual enrollments of clients 41–70 that ended in the past year: completions, drop-outs, a return, and five
     * clients who are active in ÅP at the Kommun while in the Region's ÅP group (parallel tracks).
     */
    private void history(LocalDate today) {
        String[] programs = {"MI", "CRA", "AP", "SUPPORT_TALKS", "CASE_MANAGEMENT"};
        for (int n = 1; n <= 30; n++) {
            String program = programs[n % programs.length];
            Org org = n % 2 == 0 ? Org.KOMMUN : Org.REGION;
            LocalDate started = today.minusMonths(11).plusDays(n * 5L);
            Enrollment e = new Enrollment(id("history:" + n), client(40 + n), program, null, org,
                    org == Org.REGION ? REGION.username() : KOMMUN.username(), EnrollmentStatus.ACTIVE, null, false,
                    started.minusWeeks(1), started, null, null, null, null);
            enrollments.insert(e, clock.instant());
            publishStart(e);
            if (n % 4 == 0) {
                end(e, EnrollmentStatus.DROPPED_OUT, started.plusWeeks(3), "Tackade nej till fortsatt kontakt", 3);
            } else {
                end(e, EnrollmentStatus.COMPLETED, started.plusWeeks(8), null, null);
            }
        }
        // returns within 12 months: back in the same programme at the same body after an ending
        for (int n : new int[]{4, 8, 12}) {
            Enrollment earlier = enrollments.find(id("history:" + n)).orElseThrow();
            Enrollment again = new Enrollment(id("return:" + n), earlier.clientId(), earlier.programCode(), null,
                    earlier.ownerOrg(), earlier.therapist(), EnrollmentStatus.REFERRED, null, true, today.minusDays(n),
                    null, null, null, null, null);
            enrollments.insert(again, clock.instant());
        }
        // clients 1–5 are in the Region's ÅP group; the Kommun runs ÅP with them individually as well: five, so the
        // parallel tracks the steering group wants to fall are a figure on the dashboard, not a suppressed cell
        for (int c = 1; c <= 5; c++) {
            Enrollment parallel = new Enrollment(id("parallel:" + c), client(c), "AP", null,
                    Org.KOMMUN, KOMMUN.username(), EnrollmentStatus.ACTIVE, "Återfallsprevention enskilt", false,
                    today.minusWeeks(5), today.minusWeeks(4), null, null, null, null);
            enrollments.insert(parallel, clock.instant());
            publishStart(parallel);
        }
    }

    private void end(Enrollment e, EnrollmentStatus status, LocalDate on, String reason, Integer atSession) {
        Enrollment ended = new Enrollment(e.id(), e.clientId(), e.programCode(), e.groupId(), e.ownerOrg(), e.therapist(),
                status, e.goals(), e.returning(), e.referredOn(), e.startedOn(), on, reason, atSession, e.decisionId());
        enrollments.update(ended, clock.instant());
        if (status == EnrollmentStatus.COMPLETED) {
            outbox.publish(EventTypes.ENROLLMENT_COMPLETED, e.id(), new EnrollmentCompleted(e.id(), e.clientId(),
                    e.programCode(), e.ownerOrg().name(), on));
        } else {
            outbox.publish(EventTypes.ENROLLMENT_DROPPED_OUT, e.id(), new EnrollmentDroppedOut(e.id(), e.clientId(),
                    e.programCode(), e.ownerOrg().name(), on, atSession));
        }
    }

    private void publishStart(Enrollment e) {
        outbox.publish(EventTypes.ENROLLMENT_STARTED, e.id(), new EnrollmentStarted(e.id(), e.clientId(),
                e.programCode(), e.ownerOrg().name(), e.groupId(), e.startedOn(), e.returning(), e.decisionId()));
    }

    private static UUID client(int n) {
        return id("client:" + n);
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ClinicTime.ZONE).toInstant();
    }
}
