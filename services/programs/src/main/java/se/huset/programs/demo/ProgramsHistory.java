package se.huset.programs.demo;

import se.huset.contracts.events.EnrollmentCompleted;
import se.huset.contracts.events.EnrollmentDroppedOut;
import se.huset.contracts.events.EnrollmentStarted;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoStaff;
import se.huset.kit.events.Outbox;
import se.huset.programs.attendance.AttendanceStatus;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.Facilitator;
import se.huset.programs.group.GroupSession;
import se.huset.programs.group.ProgramGroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A county's years of programme work, planned without a database from intake's clients: group programmes run as
 * back-to-back cohorts at each body and site (weekly sessions with attendance, drop-outs who stop coming, the cohort that
 * runs today with its members active), individual programmes started every working week (completed, dropped out
 * at a session, or still running), returns within 12 months, and the audit rows the work and the reads left.
 * Each body enrols its own clients, so every row's basis is OWNER.
 */
final class ProgramsHistory {

    /** Programmes' share of the county's million audit rows, at least: attendance alone may write more. */
    static final int AUDIT_ROWS = 150_000;
    /** Individual enrolments started in a year, across both bodies. */
    static final int INDIVIDUAL_PER_YEAR = 1_000;

    private record Series(String program, String name, Org org, int sessions, int capacity, int weekday, String from) {
    }

    /** The group programmes a county runs, as cohorts of the catalogue's planned number of sessions. */
    private static final List<Series> SERIES = List.of(
            new Series("AP", "ÅP Region", Org.REGION, 8, 10, 2, "17:00"),
            new Series("AP", "ÅP Kommun", Org.KOMMUN, 8, 10, 4, "13:00"),
            new Series("CRA", "CRA Region", Org.REGION, 12, 8, 1, "15:00"),
            new Series("CRA", "CRA Kommun", Org.KOMMUN, 12, 8, 3, "10:00"),
            new Series("TWELVE_STEP", "12-steg Kommun", Org.KOMMUN, 20, 12, 5, "10:00"),
            new Series("HAP", "HAP Region", Org.REGION, 12, 8, 3, "15:00"),
            new Series("NECT", "NECT Region", Org.REGION, 10, 8, 4, "14:00"));

    /** Where the county's groups meet: HUSET in Östersund and the other municipalities' premises. */
    private static final List<String> SITES = List.of("Östersund", "Krokom", "Strömsund", "Åre", "Härjedalen");

    /** Individual programmes with the bodies that give them (the catalogue's orgs), weighted by how often. */
    private static final List<String[]> INDIVIDUAL = List.of(
            new String[]{"MI", "REGION"}, new String[]{"MI", "KOMMUN"}, new String[]{"MI", "REGION"},
            new String[]{"KBT", "REGION"}, new String[]{"SUPPORT_TALKS", "KOMMUN"},
            new String[]{"SUPPORT_TALKS", "REGION"}, new String[]{"CASE_MANAGEMENT", "KOMMUN"},
            new String[]{"CRA", "KOMMUN"}, new String[]{"CRA", "REGION"}, new String[]{"AP", "REGION"},
            new String[]{"AP", "KOMMUN"});
    private static final Map<String, Integer> PLANNED = Map.of("MI", 4, "KBT", 12, "SUPPORT_TALKS", 5,
            "CASE_MANAGEMENT", 24, "CRA", 12, "AP", 8, "HAP", 12, "TWELVE_STEP", 20, "NECT", 10);
    private static final List<String> DROP_REASONS = List.of("Slutade komma; nås inte på telefon",
            "Tackade nej till fortsatt kontakt", "Flyttade från länet", "Återfall, vill inte fortsätta nu",
            "Började arbeta dagtid");
    private static final List<String> NOTES = List.of("Delade en risksituation från veckan", "Kom tio minuter sent",
            "Stöttade en annan deltagare", "Trött men engagerad", "Gjorde hemuppgiften", "Ville prata enskilt efteråt");

    record Mark(UUID sessionId, UUID enrollmentId, AttendanceStatus status, String note, String recordedBy,
                Instant recordedAt) {
    }

    record Plan(List<ProgramGroup> groups, List<GroupSession> sessions, List<Enrollment> enrollments,
                List<Mark> attendance, List<Outbox.Event> events, List<AuditLog.PastAccess> accesses) {
    }

    private record Timed(Instant at, Outbox.Event event) {
    }

    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;
    private final LocalDate first;
    private final Random rnd = new Random(14);
    private final Map<Org, List<ClientFact>> clients = new HashMap<>();
    private final Map<Org, List<String>> therapists = new HashMap<>();
    /** (client, programme, body) with an open enrolment: the database allows one. */
    private final Set<String> open = new HashSet<>();
    /** The last ending per (client, programme, body), for returns within 12 months. */
    private final Map<String, LocalDate> ended = new HashMap<>();

    private final List<ProgramGroup> groups = new ArrayList<>();
    private final List<GroupSession> sessions = new ArrayList<>();
    private final List<Enrollment> enrollments = new ArrayList<>();
    private final List<Mark> attendance = new ArrayList<>();
    private final List<Timed> events = new ArrayList<>();
    private final List<AuditLog.PastAccess> accesses = new ArrayList<>();
    /** Who worked each enrolment, for the reads that fill the audit share. */
    private final Map<UUID, String> workedBy = new HashMap<>();

    private ProgramsHistory(int years, List<ClientFact> known, Instant now, ZoneId zone) {
        this.zone = zone;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.today = LocalDate.ofInstant(now, zone);
        this.first = today.minusYears(years);
        for (Org org : List.of(Org.REGION, Org.KOMMUN)) {
            clients.put(org, known.stream().filter(c -> c.ownerOrg() == org).toList());
            therapists.put(org, DemoStaff.countyClinicians(org));
        }
    }

    static Plan plan(int years, List<ClientFact> known, Instant now, ZoneId zone) {
        ProgramsHistory history = new ProgramsHistory(years, known, now, zone);
        if (!known.isEmpty()) {
            SERIES.forEach(history::cohorts);
            history.individual(years);
            history.reads();
        }
        history.events.sort(Comparator.comparing(Timed::at));
        history.accesses.sort(Comparator.comparing(AuditLog.PastAccess::at));
        return new Plan(history.groups, history.sessions, history.enrollments, history.attendance,
                history.events.stream().map(Timed::event).toList(), history.accesses);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("huset-county:programs:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A series' cohorts at each of the county's sites, one after another with two weeks between, from the
     * history's first year to today's; each site meets on a day of its own.
     */
    private void cohorts(Series series) {
        for (int site = 0; site < SITES.size(); site++) {
            int weekday = 1 + (series.weekday() - 1 + site) % 5;
            LocalDate start = first.plusDays(Math.floorMod(weekday - first.getDayOfWeek().getValue(), 7));
            int n = 1;
            while (!start.isAfter(today)) {
                cohort(series, site, n++, start);
                start = start.plusWeeks(series.sessions() + 2L);
            }
        }
    }

    private void cohort(Series series, int site, int n, LocalDate firstDay) {
        List<String> staff = therapists.get(series.org());
        String lead = staff.get((n + 3 * site) % staff.size());
        Org other = series.org() == Org.REGION ? Org.KOMMUN : Org.REGION;
        List<Facilitator> facilitators = n % 3 == 0
                ? List.of(new Facilitator(lead, series.org().name()),
                new Facilitator(therapists.get(other).get(n % therapists.get(other).size()), other.name()))
                : List.of(new Facilitator(lead, series.org().name()));
        UUID groupId = id("group:" + series.name() + ":" + site + ":" + n);
        groups.add(new ProgramGroup(groupId, series.program(),
                series.name() + " " + SITES.get(site) + " " + firstDay.getYear() + ":" + n,
                series.org().name(), facilitators, series.capacity(), ProgramGroup.Intake.CLOSED, null));
        LocalTime from = LocalTime.parse(series.from());
        List<GroupSession> held = new ArrayList<>();
        for (int k = 1; k <= series.sessions(); k++) {
            LocalDate day = firstDay.plusWeeks(k - 1L);
            Instant starts = day.atTime(from).atZone(zone).toInstant();
            GroupSession session = new GroupSession(id("session:" + groupId + ":" + k), groupId, k, starts,
                    starts.plus(90, ChronoUnit.MINUTES), starts.isBefore(now) ? "Träff " + k + ": veckans tema." : null);
            sessions.add(session);
            if (starts.isBefore(now)) {
                held.add(session);
            }
        }
        int members = series.capacity() - rnd.nextInt(3);
        for (int m = 0; m < members; m++) {
            ClientFact client = pick(series.org(), series.program(), firstDay);
            if (client == null) {
                continue;
            }
            // one member in six stops coming after a few sessions
            Integer stopsAfter = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(Math.max(1, series.sessions() / 2)) : null;
            LocalDate lastDay = firstDay.plusWeeks(series.sessions() - 1L);
            Enrollment e = enrol(client, series.program(), groupId, series.org(), lead, firstDay.minusWeeks(2),
                    firstDay, stopsAfter != null, stopsAfter, lastDay, stopsAfter == null ? null
                            : firstDay.plusWeeks(stopsAfter + 1L));
            for (GroupSession s : held) {
                if (stopsAfter != null && s.occurrence() > stopsAfter) {
                    break;
                }
                int roll = rnd.nextInt(10);
                AttendanceStatus status = roll < 7 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.ABSENT;
                Instant marked = s.endsAt().isBefore(now) ? s.endsAt() : now;
                attendance.add(new Mark(s.id(), e.id(), status, roll == 0 ? NOTES.get(rnd.nextInt(NOTES.size())) : null,
                        lead, marked));
                // the sheet read and each mark written, as TakingAttendance audits them
                access(marked, lead, series.org(), e, "attendance.read");
                access(marked, lead, series.org(), e, "attendance.write");
            }
        }
    }

    /** About {@link #INDIVIDUAL_PER_YEAR} individual enrolments a year, started on working days. */
    private void individual(int years) {
        int total = INDIVIDUAL_PER_YEAR * years;
        long days = ChronoUnit.DAYS.between(first, today);
        for (int i = 0; i < total; i++) {
            String[] kind = INDIVIDUAL.get(rnd.nextInt(INDIVIDUAL.size()));
            String program = kind[0];
            Org org = Org.valueOf(kind[1]);
            LocalDate referred = first.plusDays((long) (days * (i + rnd.nextDouble()) / total));
            if (referred.getDayOfWeek().getValue() > 5) {
                referred = referred.minusDays(referred.getDayOfWeek().getValue() - 5L);
            }
            ClientFact client = pick(org, program, referred);
            if (client == null) {
                continue;
            }
            List<String> staff = therapists.get(org);
            String therapist = staff.get(rnd.nextInt(staff.size()));
            int planned = PLANNED.get(program);
            LocalDate started = referred.plusDays(3 + rnd.nextInt(18));
            boolean drops = rnd.nextInt(4) == 0;
            Integer atSession = drops ? 1 + rnd.nextInt(Math.max(1, planned - 1)) : null;
            LocalDate plannedEnd = started.plusWeeks(planned + rnd.nextInt(1 + planned / 2));
            enrol(client, program, null, org, therapist, referred, started, drops, atSession, plannedEnd,
                    drops ? started.plusWeeks(atSession + 1L) : null);
        }
    }

    /**
     * A client of the body who may start the programme then: none open in it at the body, HAP's minimum age, and
     * one in ten a return after an ending in the past 12 months.
     */
    private ClientFact pick(Org org, String program, LocalDate on) {
        List<ClientFact> theirs = clients.get(org);
        if (theirs.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            ClientFact c = theirs.get(rnd.nextInt(theirs.size()));
            boolean adult = c.birthDate() == null || !c.birthDate().plusYears(18).isAfter(on);
            if (!open.contains(key(c.clientId(), program, org)) && (adult || !program.equals("HAP"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * An enrolment from referral to its end: completed at {@code plannedEnd}, dropped out at {@code droppedOn}, or
     * active where that lies ahead of today; not yet started where the start does.
     */
    private Enrollment enrol(ClientFact client, String program, UUID groupId, Org org, String therapist,
                             LocalDate referred, LocalDate started, boolean drops, Integer atSession,
                             LocalDate plannedEnd, LocalDate droppedOn) {
        String key = key(client.clientId(), program, org);
        LocalDate lastEnd = ended.get(key);
        boolean returning = lastEnd != null && lastEnd.plusMonths(12).isAfter(referred);
        LocalDate endedOn = drops ? droppedOn : plannedEnd;
        EnrollmentStatus status;
        if (started.isAfter(today)) {
            status = referred.isAfter(today.minusWeeks(1)) ? EnrollmentStatus.REFERRED : EnrollmentStatus.WAITING;
        } else if (endedOn.isAfter(today)) {
            status = EnrollmentStatus.ACTIVE;
        } else {
            status = drops ? EnrollmentStatus.DROPPED_OUT : EnrollmentStatus.COMPLETED;
        }
        boolean isOpen = status.open();
        Enrollment e = new Enrollment(id("enrollment:" + enrollments.size()), client.clientId(), program, groupId,
                org, therapist, status, null, returning, min(referred, today), isOpen && status != EnrollmentStatus.ACTIVE
                ? null : started, isOpen ? null : endedOn, status == EnrollmentStatus.DROPPED_OUT
                ? DROP_REASONS.get(rnd.nextInt(DROP_REASONS.size())) : null,
                status == EnrollmentStatus.DROPPED_OUT ? atSession : null, null);
        enrollments.add(e);
        workedBy.put(e.id(), therapist);
        if (isOpen) {
            open.add(key);
        } else {
            ended.put(key, endedOn);
        }
        Instant referredAt = at(e.referredOn(), LocalTime.of(9, 0).plusMinutes(rnd.nextInt(420)));
        write(referredAt, therapist, org, e, "enrollment.create");
        if (e.startedOn() != null) {
            Instant startedAt = at(e.startedOn(), LocalTime.of(8, 30));
            write(startedAt, therapist, org, e, "enrollment.start");
            events.add(new Timed(startedAt, new Outbox.Event(EventTypes.ENROLLMENT_STARTED, e.id(),
                    new EnrollmentStarted(e.id(), e.clientId(), program, org.name(), groupId, e.startedOn(), returning,
                            e.decisionId()))));
        }
        if (e.endedOn() != null) {
            Instant endedAt = at(e.endedOn(), LocalTime.of(16, 0));
            if (status == EnrollmentStatus.COMPLETED) {
                write(endedAt, therapist, org, e, "enrollment.complete");
                events.add(new Timed(endedAt, new Outbox.Event(EventTypes.ENROLLMENT_COMPLETED, e.id(),
                        new EnrollmentCompleted(e.id(), e.clientId(), program, org.name(), e.endedOn()))));
            } else {
                write(endedAt, therapist, org, e, "enrollment.drop_out");
                events.add(new Timed(endedAt, new Outbox.Event(EventTypes.ENROLLMENT_DROPPED_OUT, e.id(),
                        new EnrollmentDroppedOut(e.id(), e.clientId(), program, org.name(), e.endedOn(),
                                e.droppedAtSession()))));
            }
        }
        return e;
    }

    /** The rest of the share: the therapist's reads of an enrolment while it runs (its page, the client's list). */
    private void reads() {
        int remaining = Math.max(0, AUDIT_ROWS - accesses.size());
        for (int i = 0; i < remaining; i++) {
            Enrollment e = enrollments.get(rnd.nextInt(enrollments.size()));
            LocalDate from = e.referredOn();
            LocalDate until = e.endedOn() == null ? today : min(today, e.endedOn().plusDays(14));
            long span = ChronoUnit.DAYS.between(from, until);
            LocalDate day = from.plusDays(span <= 0 ? 0 : rnd.nextLong(span + 1));
            access(at(day, LocalTime.of(8, 0).plusMinutes(rnd.nextInt(540))), workedBy.get(e.id()), e.ownerOrg(), e,
                    rnd.nextInt(3) == 0 ? "enrollment.read" : "enrollment.list");
        }
    }

    /** A write as Enrolling audits it: the guarded read of the enrolment, then the write. */
    private void write(Instant at, String username, Org org, Enrollment e, String action) {
        if (!action.equals("enrollment.create")) {
            access(at, username, org, e, action);
        }
        access(at, username, org, e, action);
    }

    private void access(Instant at, String username, Org org, Enrollment e, String action) {
        accesses.add(new AuditLog.PastAccess(at, new AuditEntry(username, org.name(), Roles.THERAPIST, e.clientId(),
                action, "enrollment/" + e.id(), "OWNER", AuditEntry.Outcome.ALLOWED)));
    }

    /** A moment of a day, never ahead of now (today's work is pressed into the hours already gone). */
    private Instant at(LocalDate day, LocalTime time) {
        Instant at = day.atTime(time).atZone(zone).toInstant().truncatedTo(ChronoUnit.MICROS);
        return at.isAfter(now) ? now : at;
    }

    private static String key(UUID client, String program, Org org) {
        return client + "/" + program + "/" + org;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
