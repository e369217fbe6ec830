package se.huset.followup.demo;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.form.Choices;
import se.huset.followup.form.LifeSituation;
import se.huset.followup.frequent.Episode;
import se.huset.followup.frequent.FrequentAttenderRule;
import se.huset.followup.instrument.Assessment;
import se.huset.followup.instrument.Instrument;
import se.huset.followup.instrument.Result;
import se.huset.followup.instrument.Sex;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;
import se.huset.followup.sip.SipParts;
import se.huset.followup.sip.SipPlan;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What staff would have done with what followup read from the other services' feeds: the follow-ups that fell due
 * are recorded (a form and AUDIT and/or DUDIT when done, some declined, some missed), frequent attenders with care
 * from both bodies and a consent to share get a SIP, and every access is an audit row like the real ones. Pure: the
 * loader reads the world from the database and writes the plan; every choice is drawn from the record's own ids,
 * so the same world gives the same plan.
 */
final class FollowupHistory {

    private static final long SEED = 6;
    private static final String NAMESPACE = "huset-demo:followup:";
    /** Days a follow-up is on the due list before its day (the reminders' look-ahead). */
    private static final int ON_THE_LIST_DAYS = 14;
    /** A frequent attender's SIP runs long: followed up after a year and a half, so the recent ones are open. */
    private static final int SIP_FOLLOWED_UP_AFTER_DAYS = 540;
    /** How far the score falls by each follow-up, as a share of the client's whole change. */
    private static final Map<String, Double> PROGRESS = Map.of(FollowUpSchedule.BASELINE, 0.0, FollowUpSchedule.END, 0.6,
            FollowUpSchedule.monthsKind(6), 0.85, FollowUpSchedule.monthsKind(12), 1.0);
    private static final List<String> SIP_GOALS = List.of("Eget boende inom ett år", "Färre akutbesök",
            "Arbetsträning på halvtid", "Regelbunden kontakt med vården");

    /** The demo accounts that work follow-ups, by body, with their role as the token carries it. */
    private static final Map<Org, List<Account>> WORKERS = Map.of(
            Org.REGION, List.of(new Account("therapist.region", Org.REGION, "THERAPIST")),
            Org.KOMMUN, List.of(new Account("therapist.kommun", Org.KOMMUN, "THERAPIST"),
                    new Account("socialworker.kommun", Org.KOMMUN, "SOCIAL_WORKER")));
    private static final Map<Org, Account> RECEPTION = Map.of(
            Org.REGION, new Account("reception.region", Org.REGION, "RECEPTION"),
            Org.KOMMUN, new Account("reception.kommun", Org.KOMMUN, "RECEPTION"));

    record Account(String username, Org org, String roles) {
        AuditEntry entry(UUID client, String action, String resource, String basis) {
            return new AuditEntry(username, org.name(), roles, client, action, resource, basis, AuditEntry.Outcome.ALLOWED);
        }
    }

    /** A consent as the replica holds it, with when it was given, so history respects it at the time. */
    record Consent(UUID id, UUID clientId, Set<Org> recipients, Set<DataCategory> categories, Instant grantedAt,
                   LocalDate validUntil, @Nullable Instant revokedAt) {
        boolean covers(Org reader, DataCategory category, Instant at, ZoneId zone) {
            return recipients.contains(reader) && categories.contains(category) && !at.isBefore(grantedAt)
                    && (revokedAt == null || at.isBefore(revokedAt)) && !LocalDate.ofInstant(at, zone).isAfter(validUntil);
        }
    }

    /**
     * What followup has read: the scheduled follow-ups, intake's clients, the first visits' outcomes (booking's
     * appointment status by appointment id), intake's contacts and the consents.
     */
    record World(List<FollowUp> followUps, Map<UUID, ClientFact> clients, Map<UUID, String> firstVisits,
                 List<Episode> episodes, List<Consent> consents) {
    }

    record SipTask(UUID id, String what, UUID participantId, @Nullable LocalDate dueOn, @Nullable Instant doneAt) {
    }

    record Sip(SipPlan plan, List<SipParts.Participant> participants, SipParts.Goal goal, List<SipTask> tasks) {
    }

    /** {@code recorded}: the follow-ups whose status or colleague the history changed, as they stand after it. */
    record Plan(List<FollowUp> recorded, List<LifeSituation> forms, List<Assessment> assessments, List<Sip> sips,
                List<AuditLog.PastAccess> audit) {
    }

    private final FrequentAttenderRule frequent;
    private final int missedAfterDays;
    private final int auditRows;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant historyStart;

    /**
     * {@code missedAfterDays} is the grace after which the job marks a follow-up missed; {@code auditRows} how many
     * audit rows the history has; {@code years} how far back it reaches.
     */
    FollowupHistory(FrequentAttenderRule frequent, int missedAfterDays, int auditRows, int years, Instant now, ZoneId zone) {
        this.frequent = frequent;
        this.missedAfterDays = missedAfterDays;
        this.auditRows = auditRows;
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
        this.historyStart = today.minusYears(years).atStartOfDay(zone).toInstant();
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes((NAMESPACE + name).getBytes(StandardCharsets.UTF_8));
    }

    Plan plan(World world) {
        Map<UUID, List<Consent>> consents = new HashMap<>();
        world.consents().forEach(c -> consents.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c));
        List<FollowUp> recorded = new ArrayList<>();
        List<LifeSituation> forms = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<AuditLog.PastAccess> audit = new ArrayList<>();
        List<DueListStay> stays = new ArrayList<>();
        List<FollowUp> ordered = world.followUps().stream()
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowupHistory::key)).toList();
        for (FollowUp f : ordered) {
            Random random = new Random(SEED ^ key(f).hashCode());
            Org org = Org.valueOf(f.ownerOrg());
            Account worker = pick(random, WORKERS.get(org));
            FollowUp closure = outcome(random, f, world.firstVisits(), worker);
            if (closure != null && (closure.status() != FollowUpStatus.DUE || closure.assignedTo() != null)) {
                recorded.add(closure);
            }
            LocalDate lastOnList = closure == null || closure.closedAt() == null ? today
                    : LocalDate.ofInstant(closure.closedAt(), zone);
            stays.add(new DueListStay(f, worker, f.dueOn().minusDays(ON_THE_LIST_DAYS), lastOnList));
            if (closure == null || closure.status() == FollowUpStatus.DUE) {
                continue;
            }
            Instant at = closure.closedAt();
            audit.add(new AuditLog.PastAccess(at.minus(Duration.ofMinutes(12)), worker.entry(f.clientId(),
                    "FOLLOW_UP_READ", "follow-up", "OWNER")));
            if (closure.status() != FollowUpStatus.DONE) {
                audit.add(new AuditLog.PastAccess(at, worker.entry(f.clientId(), "FOLLOW_UP_" + closure.status().name(),
                        "follow-up", "OWNER")));
                continue;
            }
            ClientFact client = world.clients().get(f.clientId());
            Trajectory trajectory = Trajectory.of(f.clientId());
            double progress = FollowUp.FIRST_VISIT.equals(f.programCode()) ? 0.0 : PROGRESS.getOrDefault(f.kind(), 0.0);
            forms.add(trajectory.form(random, id("form:" + key(f)), f, progress, worker.username(), at,
                    LocalDate.ofInstant(at, zone)));
            audit.add(new AuditLog.PastAccess(at, worker.entry(f.clientId(), "LIFE_SITUATION_RECORDED", "life-situation", "OWNER")));
            Sex sex = client == null ? Sex.UNKNOWN : Sex.of(client.sex());
            for (Instrument instrument : trajectory.instruments()) {
                Instant assessedAt = at.minus(Duration.ofMinutes(5));
                List<Integer> answers = answers(random, instrument, trajectory.score(random, instrument, progress));
                Result result = instrument.score(answers, sex);
                assessments.add(new Assessment(id("assessment:" + key(f) + ":" + instrument), f.clientId(), f.ownerOrg(),
                        instrument.name(), answers, result.score(), result.riskLevel(), result.aboveSexCutoff(),
                        result.note(), worker.username(), assessedAt));
                audit.add(new AuditLog.PastAccess(assessedAt, worker.entry(f.clientId(), "ASSESSMENT_RECORDED", "assessment", "OWNER")));
            }
            laterReads(random, f, org, at, consents.getOrDefault(f.clientId(), List.of()), audit);
        }
        List<Sip> sips = sips(world, consents, audit);
        dueListViews(stays, audit);
        audit.sort(Comparator.comparing(AuditLog.PastAccess::at));
        return new Plan(recorded, forms, assessments, sips, audit);
    }

    /**
     * Past their day: done (a form on the day or within a week), declined, or missed (given up after a week or two of calls, or
     * marked by the job once the grace is over); a first visit's baseline follows the visit. Whatever would be
     * recorded after now is still on the due list, a third of it taken on by the colleague. Null: still to come.
     */
    @Nullable
    private FollowUp outcome(Random random, FollowUp f, Map<UUID, String> firstVisits, Account worker) {
        if (!f.dueOn().isBefore(today)) {
            return null;
        }
        String visit = f.appointmentId() == null ? null : firstVisits.get(f.appointmentId());
        double roll = random.nextDouble();
        double done = switch (f.kind()) {
            case FollowUpSchedule.BASELINE, FollowUpSchedule.END -> 0.8;
            default -> f.kind().equals(FollowUpSchedule.monthsKind(6)) ? 0.65 : 0.55;
        };
        FollowUpStatus status;
        Instant at;
        if ("NO_SHOW".equals(visit)) {
            status = FollowUpStatus.MISSED;
            at = working(f.dueOn().plusDays(1), random);
        } else if ("ATTENDED".equals(visit)) {
            // the baseline form is filled in at the first visit itself
            status = FollowUpStatus.DONE;
            at = f.dueOn().atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
        } else if (roll < done) {
            // reached on the day, or after some days of calls and letters
            status = FollowUpStatus.DONE;
            at = random.nextInt(10) < 3 ? f.dueOn().atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant()
                    : working(f.dueOn().plusDays(3 + random.nextInt(4)), random);
        } else if (roll < done + 0.08) {
            status = FollowUpStatus.DECLINED;
            at = working(f.dueOn().plusDays(3 + random.nextInt(4)), random);
        } else if (random.nextInt(3) > 0) {
            status = FollowUpStatus.MISSED;
            at = working(f.dueOn().plusDays(7 + random.nextInt(8)), random);
        } else {
            // nobody closed it: the job marks it once the grace is over, in the small hours
            status = FollowUpStatus.MISSED;
            at = f.dueOn().plusDays(missedAfterDays + 1L).atTime(3, 0).atZone(zone).toInstant();
            if (!at.isAfter(now)) {
                return as(f, status, at, null);
            }
            return f;
        }
        if (at.isAfter(now)) {
            return as(f, FollowUpStatus.DUE, null, random.nextInt(3) == 0 ? worker.username() : null);
        }
        return as(f, status, at, null);
    }

    private static FollowUp as(FollowUp f, FollowUpStatus status, @Nullable Instant closedAt, @Nullable String assignedTo) {
        return new FollowUp(f.id(), f.enrollmentId(), f.appointmentId(), f.clientId(), f.programCode(), f.ownerOrg(),
                f.kind(), f.dueOn(), status, assignedTo, closedAt);
    }

    /** Later readers of a done follow-up: the body's own staff, now and then its reception, the other body under consent. */
    private void laterReads(Random random, FollowUp f, Org org, Instant recorded, List<Consent> consents,
                            List<AuditLog.PastAccess> audit) {
        Instant later = recorded.plus(Duration.ofDays(7 + random.nextInt(60)));
        if (later.isBefore(now)) {
            audit.add(new AuditLog.PastAccess(later, pick(random, WORKERS.get(org)).entry(f.clientId(),
                    "LIFE_SITUATIONS_READ", "life-situation", "OWNER")));
        }
        Instant reception = recorded.plus(Duration.ofDays(1 + random.nextInt(90)));
        if (random.nextInt(3) == 0 && reception.isBefore(now)) {
            audit.add(new AuditLog.PastAccess(reception, RECEPTION.get(org).entry(f.clientId(), "ASSESSMENTS_READ",
                    "assessment", "OWNER")));
        }
        Org other = other(org);
        Instant theirs = recorded.plus(Duration.ofDays(2 + random.nextInt(30)));
        for (Consent c : consents) {
            if (theirs.isBefore(now) && c.covers(other, DataCategory.FOLLOWUP, theirs, zone)) {
                audit.add(new AuditLog.PastAccess(theirs, pick(random, WORKERS.get(other)).entry(f.clientId(),
                        "ASSESSMENTS_READ", "assessment", "CONSENT:" + c.id())));
                return;
            }
        }
    }

    /**
     * Frequent attenders (by the rule, in the twelve months up to an episode) with care from both bodies (intake's
     * care episodes are all the Region's, so the Kommun counts when it owns the client or has had a contact with
     * them) get a SIP called by the body that owns the client, when a consent releases one body's data to the other
     * then; the other body's staff take part when the consent names it for follow-up data. Its state follows its age.
     */
    private List<Sip> sips(World world, Map<UUID, List<Consent>> consents, List<AuditLog.PastAccess> audit) {
        Map<UUID, List<Episode>> byClient = new HashMap<>();
        world.episodes().stream().filter(e -> e.clientId() != null && FrequentAttenderRule.EPISODE_KINDS.contains(e.kind()))
                .forEach(e -> byClient.computeIfAbsent(e.clientId(), k -> new ArrayList<>()).add(e));
        Map<UUID, Set<Org>> bodies = new HashMap<>();
        world.episodes().stream().filter(e -> e.clientId() != null)
                .forEach(e -> bodies.computeIfAbsent(e.clientId(), k -> EnumSet.noneOf(Org.class)).add(e.ownerOrg()));
        List<Sip> out = new ArrayList<>();
        byClient.keySet().stream().sorted().forEach(client -> {
            ClientFact fact = world.clients().get(client);
            if (fact == null || (fact.ownerOrg() != Org.REGION && fact.ownerOrg() != Org.KOMMUN)) {
                return;
            }
            Set<Org> involved = EnumSet.of(fact.ownerOrg());
            involved.addAll(bodies.get(client));
            Instant became = becameFrequentWithBothBodies(byClient.get(client), involved);
            if (became == null) {
                return;
            }
            Random random = new Random(SEED ^ client.hashCode());
            Instant called = became.plus(Duration.ofDays(3 + random.nextInt(14))).truncatedTo(ChronoUnit.MINUTES);
            Org own = fact.ownerOrg();
            Org other = other(own);
            List<Consent> theirs = consents.getOrDefault(client, List.of());
            DataCategory ownData = own == Org.REGION ? DataCategory.CARE : DataCategory.SOCIAL;
            DataCategory otherData = other == Org.REGION ? DataCategory.CARE : DataCategory.SOCIAL;
            if (called.isAfter(now) || theirs.stream().noneMatch(c -> c.covers(own, otherData, called, zone)
                    || c.covers(other, ownData, called, zone))) {
                return;
            }
            Consent sharing = theirs.stream().filter(c -> c.covers(other, DataCategory.FOLLOWUP, called, zone)).findFirst()
                    .orElse(null);
            out.add(sip(random, client, own, sharing, called, audit));
        });
        return out;
    }

    /** When the client first met the rule in the window with care from both bodies ({@code involved} too), or null. */
    @Nullable
    private Instant becameFrequentWithBothBodies(List<Episode> episodes, Set<Org> involved) {
        List<Episode> sorted = episodes.stream().sorted(Comparator.comparing(Episode::occurredAt)).toList();
        int from = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Instant at = sorted.get(i).occurredAt();
            Instant windowStart = frequent.windowStart(at, zone);
            while (sorted.get(from).occurredAt().isBefore(windowStart)) {
                from++;
            }
            FrequentAttenderRule.Tally window = frequent.tally(sorted.subList(from, i + 1)).values().iterator().next();
            Set<Org> bodies = EnumSet.copyOf(window.owners());
            bodies.addAll(involved);
            FrequentAttenderRule.Tally tally = new FrequentAttenderRule.Tally(window.clientId(), window.acuteVisits(),
                    window.inpatientEpisodes(), bodies, window.latest());
            if (frequent.frequent(tally) && FrequentAttenderRule.suggest(tally) == FrequentAttenderRule.SuggestedAction.SIP) {
                return at;
            }
        }
        return null;
    }

    private Sip sip(Random random, UUID client, Org own, @Nullable Consent sharing, Instant called,
                    List<AuditLog.PastAccess> audit) {
        UUID plan = id("sip:" + client);
        Account keeper = pick(random, WORKERS.get(own));
        long age = Duration.between(called, now).toDays();
        SipPlan.Status status = age > SIP_FOLLOWED_UP_AFTER_DAYS ? SipPlan.Status.FOLLOWED_UP : age > 45 ? SipPlan.Status.HELD
                : age > 14 ? SipPlan.Status.INVITED : SipPlan.Status.CALLED;
        SipPlan.Adherence adherence = status == SipPlan.Status.FOLLOWED_UP
                ? SipPlan.Adherence.values()[random.nextInt(SipPlan.Adherence.values().length)] : null;
        LocalDate calledOn = LocalDate.ofInstant(called, zone);
        LocalDate review = calledOn.plusDays(status == SipPlan.Status.CALLED ? 60 : 90 + random.nextInt(30));
        SipPlan p = new SipPlan(plan, client, own.name(), status, adherence, review, false, keeper.username(), called);
        List<SipParts.Participant> participants = new ArrayList<>();
        participants.add(new SipParts.Participant(id("sip:" + client + ":keeper"), displayName(keeper),
                own == Org.REGION ? "Behandlare" : "Socialsekreterare", party(own)));
        participants.add(new SipParts.Participant(id("sip:" + client + ":client"), "Klienten", "Klient", SipParts.Party.CLIENT));
        if (sharing != null) {
            Account colleague = pick(random, WORKERS.get(other(own)));
            participants.add(new SipParts.Participant(id("sip:" + client + ":other"), displayName(colleague),
                    other(own) == Org.REGION ? "Behandlare" : "Socialsekreterare", party(other(own))));
        }
        SipParts.Goal goal = new SipParts.Goal(id("sip:" + client + ":goal"), SIP_GOALS.get(random.nextInt(SIP_GOALS.size())));
        Instant held = called.plus(Duration.ofDays(21));
        Instant followedUp = called.plus(Duration.ofDays(SIP_FOLLOWED_UP_AFTER_DAYS));
        boolean meetingHeld = status == SipPlan.Status.HELD || status == SipPlan.Status.FOLLOWED_UP;
        List<SipTask> tasks = List.of(
                new SipTask(id("sip:" + client + ":task:0"), "Boka uppföljande samtal", participants.get(0).id(),
                        calledOn.plusDays(28), meetingHeld ? held.plus(Duration.ofDays(3)) : null),
                new SipTask(id("sip:" + client + ":task:1"), "Komma till de bokade samtalen", participants.get(1).id(),
                        null, status == SipPlan.Status.FOLLOWED_UP ? followedUp : null));
        audit.add(new AuditLog.PastAccess(called, keeper.entry(client, "SIP_CALLED", "sip", "OWNER")));
        participants.forEach(x -> audit.add(new AuditLog.PastAccess(called.plusSeconds(60), keeper.entry(client,
                "SIP_PARTICIPANT_ADDED", "sip", "OWNER"))));
        audit.add(new AuditLog.PastAccess(called.plusSeconds(120), keeper.entry(client, "SIP_GOAL_ADDED", "sip", "OWNER")));
        tasks.forEach(t -> audit.add(new AuditLog.PastAccess(called.plusSeconds(180), keeper.entry(client,
                "SIP_TASK_ADDED", "sip", "OWNER"))));
        if (status != SipPlan.Status.CALLED) {
            audit.add(new AuditLog.PastAccess(called.plus(Duration.ofDays(7)), keeper.entry(client, "SIP_INVITED", "sip", "OWNER")));
        }
        if (meetingHeld) {
            audit.add(new AuditLog.PastAccess(held, keeper.entry(client, "SIP_HELD", "sip", "OWNER")));
            audit.add(new AuditLog.PastAccess(held.plus(Duration.ofDays(3)), keeper.entry(client, "SIP_TASK_DONE", "sip", "OWNER")));
            if (sharing != null) {
                audit.add(new AuditLog.PastAccess(held.plus(Duration.ofDays(1)), pick(random, WORKERS.get(other(own)))
                        .entry(client, "SIP_READ", "sip", "CONSENT:" + sharing.id())));
            }
        }
        if (status == SipPlan.Status.FOLLOWED_UP) {
            audit.add(new AuditLog.PastAccess(followedUp, keeper.entry(client, "SIP_TASK_DONE", "sip", "OWNER")));
            audit.add(new AuditLog.PastAccess(followedUp, keeper.entry(client, "SIP_FOLLOWED_UP", "sip", "OWNER")));
        }
        return new Sip(p, participants, goal, tasks);
    }

    /** A follow-up on a colleague's due list, from the look-ahead until it was recorded (or today). */
    private record DueListStay(FollowUp followUp, Account reader, LocalDate from, LocalDate to) {
        int days(LocalDate today, LocalDate earliest) {
            LocalDate first = from.isBefore(earliest) ? earliest : from;
            LocalDate last = to.isAfter(today) ? today : to;
            return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /**
     * The due list is the bulk of the reads: every opening writes a row for each follow-up it shows. The openings are
     * spread over the days each follow-up was on the list, as many as make up the history's audit rows.
     */
    private void dueListViews(List<DueListStay> stays, List<AuditLog.PastAccess> audit) {
        int wanted = auditRows - audit.size();
        LocalDate earliest = LocalDate.ofInstant(historyStart, zone);
        if (wanted <= 0 || stays.isEmpty()) {
            return;
        }
        int[] days = stays.stream().mapToInt(s -> s.days(today, earliest)).toArray();
        int perStay = 1;
        while (perStay < ON_THE_LIST_DAYS * 4 && capacity(days, perStay) < wanted) {
            perStay++;
        }
        for (int i = 0; i < stays.size() && wanted > 0; i++) {
            DueListStay s = stays.get(i);
            int views = Math.min(Math.min(days[i], perStay), wanted);
            LocalDate first = s.from().isBefore(earliest) ? earliest : s.from();
            Random random = new Random(SEED ^ key(s.followUp()).hashCode() ^ 0x5EED);
            for (int v = 0; v < views; v++) {
                LocalDate day = first.plusDays((long) v * days[i] / views);
                Instant at = day.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
                if (at.isAfter(now)) {
                    at = now.minus(Duration.ofMinutes(1 + random.nextInt(60)));
                }
                audit.add(new AuditLog.PastAccess(at, s.reader().entry(s.followUp().clientId(), "FOLLOW_UPS_DUE_READ",
                        "follow-up", "OWNER")));
            }
            wanted -= views;
        }
    }

    private static long capacity(int[] days, int perStay) {
        long sum = 0;
        for (int d : days) {
            sum += Math.min(d, perStay);
        }
        return sum;
    }

    /**
     * One client's course, drawn from the client id so all their follow-ups tell one story: which instruments fit
     * their substances, how heavy the use was at the start, and how much of it went (for some, it grew).
     */
    private record Trajectory(List<Instrument> instruments, int auditStart, int duditStart, double change,
                              Choices.Housing housing, Choices.Occupation occupation, Choices.IncomeSource income) {

        static Trajectory of(UUID client) {
            Random r = new Random(SEED ^ client.hashCode() ^ 0x7EA);
            int kind = r.nextInt(20);
            List<Instrument> instruments = kind < 11 ? List.of(Instrument.AUDIT) : kind < 16 ? List.of(Instrument.DUDIT)
                    : List.of(Instrument.AUDIT, Instrument.DUDIT);
            return new Trajectory(instruments, 12 + r.nextInt(21), 10 + r.nextInt(27), -0.15 + r.nextDouble() * 0.9,
                    Choices.Housing.values()[r.nextInt(Choices.Housing.values().length)],
                    Choices.Occupation.values()[r.nextInt(Choices.Occupation.values().length)],
                    Choices.IncomeSource.values()[r.nextInt(Choices.IncomeSource.values().length)]);
        }

        int score(Random random, Instrument instrument, double progress) {
            int start = instrument == Instrument.AUDIT ? auditStart : duditStart;
            int max = instrument == Instrument.AUDIT ? 40 : 44;
            long score = Math.round(start * (1 - change * progress)) + random.nextInt(5) - 2;
            return (int) Math.max(0, Math.min(max, score));
        }

        /** Heavier use, more days of it and a worse view of one's health; the form follows the same course. */
        LifeSituation form(Random random, UUID id, FollowUp f, double progress, String by, Instant at, LocalDate on) {
            double severity = Math.max(0, Math.min(1, (1 - change * progress) + (random.nextDouble() - 0.5) * 0.2));
            boolean drinks = instruments.contains(Instrument.AUDIT);
            boolean uses = instruments.contains(Instrument.DUDIT);
            int alcoholDays = drinks ? (int) Math.round(severity * (6 + auditStart / 2.0)) : random.nextInt(3);
            int drugDays = uses ? (int) Math.round(severity * (4 + duditStart / 2.0)) : 0;
            int wellbeing = (int) Math.max(1, Math.min(5, Math.round(5 - severity * 3.5 + random.nextInt(2) - 0.5)));
            boolean baseline = FollowUpSchedule.BASELINE.equals(f.kind());
            return new LifeSituation(id, f.clientId(), f.ownerOrg(), f.id(),
                    severity < 0.4 && housing == Choices.Housing.HOMELESS ? Choices.Housing.SECOND_HAND : housing,
                    occupation, income, Math.min(30, alcoholDays), Math.min(30, drugDays),
                    random.nextDouble() < severity * 0.3, wellbeing, Math.max(1, Math.min(5, wellbeing + random.nextInt(3) - 1)),
                    2 + random.nextInt(4), baseline ? Choices.OwnGoal.NO : severity < 0.5 ? Choices.OwnGoal.YES
                    : severity < 0.8 ? Choices.OwnGoal.PARTLY : Choices.OwnGoal.NO,
                    baseline ? on : on.minusMonths(3), baseline ? null : on, by, at);
        }
    }

    /**
     * Answers that add up to {@code score}: the last two items (0, 2 or 4) carry about a fifth of it, the rest is
     * spread over the five-step items.
     */
    static List<Integer> answers(Random random, Instrument instrument, int score) {
        int items = instrument == Instrument.AUDIT ? 10 : 11;
        int fiveStep = items - 2;
        int needed = Math.max(0, score - fiveStep * 4);
        int lastTwo = Math.min(8, Math.max((needed + 1) / 2 * 2, score / 5 / 2 * 2));
        Integer[] out = new Integer[items];
        out[fiveStep] = Math.min(4, lastTwo);
        out[fiveStep + 1] = lastTwo - out[fiveStep];
        int rest = score - lastTwo;
        for (int i = 0; i < fiveStep; i++) {
            out[i] = 0;
        }
        int cursor = random.nextInt(fiveStep);
        while (rest > 0) {
            if (out[cursor] < 4) {
                out[cursor]++;
                rest--;
            }
            cursor = (cursor + 1 + random.nextInt(2)) % fiveStep;
        }
        return List.of(out);
    }

    private static String key(FollowUp f) {
        return (f.enrollmentId() != null ? f.enrollmentId() : f.appointmentId()) + ":" + f.kind();
    }

    /** A working-day hour of {@code day}, or of the Monday after a weekend. */
    private Instant working(LocalDate day, Random random) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Org other(Org org) {
        return org == Org.REGION ? Org.KOMMUN : Org.REGION;
    }

    private static SipParts.Party party(Org org) {
        return org == Org.REGION ? SipParts.Party.REGION : SipParts.Party.KOMMUN;
    }

    private static String displayName(Account account) {
        return switch (account.username()) {
            case "therapist.region" -> "Tove Terapeut";
            case "therapist.kommun" -> "Tor Terapeut";
            default -> "Sara Socialsekreterare";
        };
    }
}
