package se.huset.housing.demo;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;
import se.huset.housing.aftercare.AftercarePlan;
import se.huset.housing.aftercare.AftercareRequired;
import se.huset.housing.alert.Alert;
import se.huset.housing.alert.AlertState;
import se.huset.housing.decision.Decision;
import se.huset.housing.decision.Intervention;
import se.huset.housing.placement.EndReason;
import se.huset.housing.placement.Placement;
import se.huset.housing.placement.PlacementEligibility;
import se.huset.housing.placement.PlacementStatus;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitType;
import se.huset.kit.demo.DemoTime;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The housing history the demo data loads, planned without a database so a test can check it at county scale:
 * the years of the scale ending today, every unit's places lived in stay after stay, each move-in and queueing
 * checked by {@link PlacementEligibility}, each move-out with an aftercare plan {@link AftercareRequired} accepts, a
 * lost place raising an alert, and the audit rows of the work and the reads.
 *
 * <p>Stays are laid out per place, backwards from today's state ({@link DemoUnit}), so a place never holds two
 * people and a unit never more than its places; clients are then given to the stays in time order, one home at a
 * time. A unit without a decision takes the Kommun's clients (intake's, owned by the Kommun, so the Kommun's pages
 * may show them). A unit that requires one takes the clients of casework's decisions, each decision once, moving
 * in on the day casework says it was carried out, so casework's decisions and housing's move-ins tell one story; a
 * stay no decision fits stays empty, and today's queue for a full unit is the decisions casework has not carried
 * out. Everything comes from one {@link Random} with a fixed seed: the same clients and decisions give the same
 * history, only the dates move with today.
 */
public record HousingHistory(List<Decision> decisions, List<Placement> placements, List<Alert> alerts,
                             List<AuditLog.PastAccess> accesses) {

    /** The social worker of the Kommun's demo accounts: decides, places, coordinates and follows up. */
    static final String SOCIAL_WORKER = "socialworker.kommun";

    /**
     * {@code decisions}: casework's granted housing decisions as housing holds them (any order); the history's
     * {@link #decisions()} are those its placements rest on.
     */
    static HousingHistory plan(DemoScale scale, List<Unit> units, List<ClientFact> clients, List<Decision> decisions,
                               Instant now) {
        return new Planner(scale, units, clients, decisions, new DemoTime(now)).plan();
    }

    private static final class Planner {

        private static final long SEED = 84;
        /** A stay and its wait fit in one decision, which covers at most three years. */
        private static final int MAX_STAY_DAYS = 1000;
        private static final int MAX_WAIT_DAYS = 60;
        private static final Comparator<Decision> BY_ENFORCEMENT = Comparator.comparing(Decision::enforcedOn)
                .thenComparing(Decision::id);
        /** Alerts of the last half year may still be open; older ones have been worked and closed. */
        private static final int RECENT_ALERT_DAYS = 180;
        private static final double RETURNING = 0.35;
        private static final List<EndReason> LOST_TODAY = List.of(EndReason.BARRED_AFTER_RELAPSE, EndReason.EVICTED,
                EndReason.BARRED_AFTER_RELAPSE);
        private static final EndReason[] REASONS = EndReason.values();
        // weights in the order of EndReason: PLANNED_OWN_HOUSING, MOVED_TO_TREATMENT, BARRED_AFTER_RELAPSE,
        // EVICTED, HOSPITAL, PRISON, LEFT, DECEASED
        private static final double[] EMERGENCY_ENDINGS = {18, 15, 16, 3, 8, 8, 30, 4};
        private static final double[] SIS_ENDINGS = {25, 55, 0, 0, 5, 3, 10, 2};
        private static final double[] HOUSING_ENDINGS = {45, 14, 9, 5, 7, 5, 13, 4};
        private static final String[] NEXT_HOUSING = {"Eget förstahandskontrakt via bostadsbolaget",
            "Andrahandskontrakt via kommunen", "Bor hos syster tills vidare", "Akutplats sökes via socialjouren",
            "Behandlingshem enligt plan", "Träningslägenhet när plats finns"};
        private static final String[] OCCUPATION = {"Arbetsträning på Kretsloppsparken", "Daglig sysselsättning",
            "Studier på Komvux", "Ingen just nu", "Praktik via Arbetsförmedlingen"};
        private static final String[] NETWORK = {"Kontaktperson på Team Vuxen", "Syster i Brunflo, AA-grupp tisdagar",
            "Mamma och en vän från behandlingen", "Boendestödjare två gånger i veckan", "NA-möten och sponsor"};
        private static final String[] CLOSE_REASONS = {"Akutplats ordnad via socialjouren",
            "Ny placering i kommunens boende", "Kontakt tagen, bor hos anhörig tills vidare",
            "Klienten har flyttat från kommunen"};

        private final Random rnd = new Random(SEED);
        private final DemoScale scale;
        private final List<Unit> units;
        private final Map<String, DemoUnit> profiles = new HashMap<>();
        private final List<ClientFact> clients;
        private final Map<UUID, ClientFact> known = new HashMap<>();
        /** Casework's decisions carried out, by intervention, in the order of the day they were. */
        private final Map<Intervention, List<Decision>> enforced = new HashMap<>();
        /** Casework's decisions not carried out yet, by intervention, oldest first: today's queues. */
        private final Map<Intervention, List<Decision>> notEnforced = new HashMap<>();
        /** Decisions kept for today's resident of a place ({@link #reserveForToday}), and their clients. */
        private final Map<UUID, String> reserved = new HashMap<>();
        private final Set<UUID> reservedClients = new HashSet<>();
        /** The decisions placements rest on, by id: each carried out by one placement. */
        private final Map<UUID, Decision> used = new LinkedHashMap<>();
        private final DemoTime time;
        private final LocalDate today;
        private final LocalDate first;

        private final Map<UUID, LocalDate> freeFrom = new HashMap<>();
        private final Map<UUID, Unit> homeToday = new HashMap<>();
        private final Set<UUID> deceased = new HashSet<>();
        private final List<ClientFact> former = new ArrayList<>();
        private final Set<UUID> formerIds = new HashSet<>();
        private final Map<UUID, int[]> occupancy = new HashMap<>();

        private final List<Decision> decisions = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<Alert> alerts = new ArrayList<>();

        /**
         * One stay in one place; {@code end} null: the client lives there today. {@code earliest}: the first day
         * the place is free for it, the day after the stay before it moved out.
         */
        private record Stay(Unit unit, DemoUnit profile, int place, LocalDate start, @Nullable LocalDate end,
                            @Nullable EndReason reason, LocalDate earliest) {

            Stay from(LocalDate moveIn) {
                return new Stay(unit, profile, place, moveIn, end, reason, earliest);
            }
        }

        private record Housed(Stay stay, ClientFact client, @Nullable Decision decision) {
        }

        Planner(DemoScale scale, List<Unit> units, List<ClientFact> clients, List<Decision> decisions, DemoTime time) {
            this.scale = scale;
            this.units = units;
            DemoUnit.of(scale).forEach(p -> profiles.put(p.name(), p));
            this.clients = clients.stream().filter(c -> c.ownerOrg() == Org.KOMMUN).toList();
            clients.forEach(c -> known.put(c.clientId(), c));
            for (Decision d : decisions) {
                if (d.intervention() != null && known.containsKey(d.clientId())) {
                    (d.enforcedOn() == null ? notEnforced : enforced)
                            .computeIfAbsent(d.intervention(), i -> new ArrayList<>()).add(d);
                }
            }
            enforced.values().forEach(list -> list.sort(BY_ENFORCEMENT));
            notEnforced.values().forEach(list -> list.sort(Comparator.comparing(Decision::decisionDate)
                    .thenComparing(Decision::id)));
            this.time = time;
            this.today = time.today();
            this.first = today.minusYears(scale.years());
        }

        HousingHistory plan() {
            List<Stay> stays = new ArrayList<>();
            for (Unit unit : units) {
                DemoUnit profile = profiles.get(unit.name());
                for (int place = 1; place <= unit.capacity(); place++) {
                    stays.addAll(timeline(unit, profile, place));
                }
            }
            stays.sort(Comparator.comparing(Stay::start).thenComparing(s -> s.unit().name()).thenComparing(Stay::place));
            List<Housed> housed = new ArrayList<>();
            for (Stay stay : stays) {
                Housed h = stay.unit().requiresDecision() ? onDecision(stay) : withoutDecision(stay);
                if (h != null) {
                    moveIn(h.client(), h.stay());
                    housed.add(h);
                }
            }
            housed.forEach(h -> count(h.stay()));
            housed.forEach(this::record);
            for (Unit unit : units) {
                for (int i = 0; i < profiles.get(unit.name()).waitingToday(); i++) {
                    queueToday(unit);
                }
            }
            List<Decision> decisions = List.copyOf(used.values());
            List<AuditLog.PastAccess> accesses = HousingAccesses.of(scale, decisions, placements, alerts, time, rnd);
            return new HousingHistory(decisions, placements, alerts, accesses);
        }

        /** A place's stays, newest first: today's state, then stay after stay back to the first day of the history. */
        private List<Stay> timeline(Unit unit, DemoUnit profile, int place) {
            List<Stay> stays = new ArrayList<>();
            LocalDate nextMoveIn = today;
            if (place <= profile.residentsToday()) {
                LocalDate start = unit.requiresDecision() ? reserveForToday(unit, profile, place) : null;
                if (start == null) {
                    start = max(first, today.minusDays(rnd.nextInt(stayDays(profile))));
                }
                stays.add(new Stay(unit, profile, place, start, null, null, first));
                nextMoveIn = start;
            } else if (place <= profile.residentsToday() + profile.lostToday()) {
                LocalDate start = today.minusDays(stayDays(profile));
                EndReason lost = LOST_TODAY.get((place - profile.residentsToday() - 1) % LOST_TODAY.size());
                stays.add(new Stay(unit, profile, place, start, today, lost, first));
                nextMoveIn = start;
            }
            while (true) {
                // a day at least between two stays: the place is cleaned and the next one moves in
                LocalDate end = nextMoveIn.minusDays(1 + exponential(profile.meanVacancyDays(), 180));
                LocalDate start = end.minusDays(stayDays(profile));
                if (start.isBefore(first)) {
                    return earliest(stays);
                }
                stays.add(new Stay(unit, profile, place, start, end, ending(unit.type()), first));
                nextMoveIn = start;
            }
        }

        /** A place's stays, newest first, each free from the day after the one before it moved out. */
        private List<Stay> earliest(List<Stay> stays) {
            List<Stay> placed = new ArrayList<>(stays.size());
            for (int i = 0; i < stays.size(); i++) {
                Stay s = stays.get(i);
                LocalDate earliest = i + 1 < stays.size() ? stays.get(i + 1).end().plusDays(1) : first;
                placed.add(new Stay(s.unit(), s.profile(), s.place(), s.start(), s.end(), s.reason(), earliest));
            }
            return placed;
        }

        /**
         * Today's resident of a place in a unit that requires a decision lives there on one of casework's latest
         * decisions still valid today: the newest not yet kept for another place, carried out within two mean stays.
         * It is kept for this place, so an earlier stay elsewhere does not take it; the stay starts the day it was
         * carried out. Null when none is left: the stay keeps its planned start and takes what fits then.
         */
        @Nullable
        private LocalDate reserveForToday(Unit unit, DemoUnit profile, int place) {
            List<Decision> candidates = enforced.getOrDefault(Intervention.carriedOutIn(unit.type()), List.of());
            LocalDate oldest = max(first, today.minusDays(2L * profile.meanStayDays()));
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Decision d = candidates.get(i);
                if (d.enforcedOn().isBefore(oldest)) {
                    return null;
                }
                ClientFact c = known.get(d.clientId());
                if (!d.enforcedOn().isAfter(today) && d.validOn(today) && !reserved.containsKey(d.id())
                        && !reservedClients.contains(d.clientId()) && oldEnough(c, unit, d.enforcedOn())) {
                    reserved.put(d.id(), placeKey(unit, place));
                    reservedClients.add(d.clientId());
                    return d.enforcedOn();
                }
            }
            return null;
        }

        private static String placeKey(Unit unit, int place) {
            return unit.id() + "#" + place;
        }

        @Nullable
        private Housed withoutDecision(Stay stay) {
            ClientFact client = pick(stay.unit(), stay.start());
            return client == null ? null : new Housed(stay, client, null);
        }

        /**
         * The stay of a client whose decision casework carried out while the place was free, moving in that day:
         * of the decisions not yet used, the one carried out nearest the planned move-in, its client free and
         * eligible then. Null when none fits: the place stays empty for that while.
         */
        @Nullable
        private Housed onDecision(Stay stay) {
            List<Decision> candidates = enforced.getOrDefault(Intervention.carriedOutIn(stay.unit().type()), List.of());
            LocalDate latest = stay.end() == null ? today : stay.end().minusDays(1);
            Decision best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int i = firstOnOrAfter(candidates, stay.earliest()); i < candidates.size(); i++) {
                Decision d = candidates.get(i);
                if (d.enforcedOn().isAfter(latest)) {
                    break;
                }
                String keptFor = reserved.get(d.id());
                if (keptFor != null && !(stay.end() == null && keptFor.equals(placeKey(stay.unit(), stay.place())))) {
                    continue;
                }
                long distance = Math.abs(ChronoUnit.DAYS.between(stay.start(), d.enforcedOn()));
                if (distance < bestDistance && !used.containsKey(d.id()) && fits(d, stay.unit(), d.enforcedOn())) {
                    best = d;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                return null;
            }
            used.put(best.id(), best);
            return new Housed(stay.from(best.enforcedOn()), known.get(best.clientId()), best);
        }

        /** The client of the decision may move in on {@code day}: free, alive, old enough, the decision valid. */
        private boolean fits(Decision d, Unit unit, LocalDate day) {
            ClientFact c = known.get(d.clientId());
            return free(c, unit, day) && PlacementEligibility.refusal(unit, Optional.of(c), d, day).isEmpty();
        }

        /** The index of the first decision carried out on or after {@code day} (the list is in that order). */
        private static int firstOnOrAfter(List<Decision> byEnforcement, LocalDate day) {
            int low = 0;
            int high = byEnforcement.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (byEnforcement.get(mid).enforcedOn().isBefore(day)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** A free, living client old enough for the unit when they queue; some come back, most are new to it. */
        @Nullable
        private ClientFact pick(Unit unit, LocalDate moveIn) {
            if (!former.isEmpty() && rnd.nextDouble() < RETURNING) {
                for (int tries = 0; tries < 20; tries++) {
                    ClientFact c = former.get(rnd.nextInt(former.size()));
                    if (free(c, unit, moveIn)) {
                        return c;
                    }
                }
            }
            if (clients.isEmpty()) {
                return null;
            }
            int from = rnd.nextInt(clients.size());
            for (int i = 0; i < clients.size(); i++) {
                ClientFact c = clients.get((from + i) % clients.size());
                if (free(c, unit, moveIn)) {
                    return c;
                }
            }
            return null;
        }

        private boolean free(ClientFact c, Unit unit, LocalDate moveIn) {
            LocalDate from = freeFrom.get(c.clientId());
            return !deceased.contains(c.clientId()) && !homeToday.containsKey(c.clientId())
                    && (from == null || !moveIn.isBefore(from)) && oldEnough(c, unit, moveIn.minusDays(MAX_WAIT_DAYS));
        }

        private static boolean oldEnough(ClientFact c, Unit unit, LocalDate day) {
            return unit.minAge() == null || c.ageOn(day).orElse(-1) >= unit.minAge();
        }

        private void moveIn(ClientFact client, Stay stay) {
            if (stay.end() == null) {
                homeToday.put(client.clientId(), stay.unit());
            } else {
                // the next home from the day after: a move-out and a move-in never share a day
                freeFrom.put(client.clientId(), stay.end().plusDays(1));
                if (stay.reason() == EndReason.DECEASED) {
                    deceased.add(client.clientId());
                }
            }
            // the Kommun's clients come back to a unit without a decision (decisions may be about anyone's)
            if (client.ownerOrg() == Org.KOMMUN && formerIds.add(client.clientId())) {
                former.add(client);
            }
        }

        /** Residents of the unit at each day's queueing hour (10 o'clock): moved in before the day, not yet out. */
        private void count(Stay stay) {
            int[] residents = occupancy.computeIfAbsent(stay.unit().id(),
                    id -> new int[(int) ChronoUnit.DAYS.between(first, today) + 2]);
            int from = (int) ChronoUnit.DAYS.between(first, stay.start()) + 1;
            int to = (int) ChronoUnit.DAYS.between(first, stay.end() == null ? today : stay.end());
            for (int day = from; day <= to; day++) {
                residents[day]++;
            }
        }

        private boolean full(Unit unit, LocalDate day) {
            int[] residents = occupancy.get(unit.id());
            return residents != null && residents[(int) ChronoUnit.DAYS.between(first, day)] >= unit.capacity();
        }

        private void record(Housed housed) {
            Stay stay = housed.stay();
            ClientFact client = housed.client();
            Decision decision = housed.decision();
            Unit unit = stay.unit();
            LocalDate requested = requestDay(stay, decision);
            eligible(unit, client, decision, requested);
            eligible(unit, client, decision, stay.start());
            Instant placedAt = time.at(stay.start(), LocalTime.of(13, 0).plusMinutes(rnd.nextInt(180)));
            Instant requestedAt = requested.isBefore(stay.start())
                    ? time.at(requested, LocalTime.of(10, 0).plusMinutes(rnd.nextInt(60))) : placedAt;
            Instant endedAt = stay.end() == null ? null
                    : time.at(stay.end(), LocalTime.of(11, 0).plusMinutes(rnd.nextInt(60)));
            AftercarePlan aftercare = stay.end() == null || !stay.reason().requiresAftercare() ? null
                    : aftercare(stay.end(), stay.end().equals(today) ? 7 : 7 + rnd.nextInt(22));
            if (stay.end() != null
                    && !AftercareRequired.problems(stay.reason().requiresAftercare(), aftercare, stay.end()).isEmpty()) {
                throw new IllegalStateException("a demo move-out without a complete aftercare plan");
            }
            Placement placement = new Placement(uuid(), client.clientId(), unit.id(), unit.name(), stay.place(),
                    decision == null ? null : decision.id(), decision == null ? null : decision.decisionDate(),
                    Org.KOMMUN, coordinator(decision), stay.end() == null ? PlacementStatus.PLACED : PlacementStatus.ENDED,
                    requestedAt, placedAt, endedAt, stay.reason(), aftercare);
            placements.add(placement);
            if (stay.reason() != null && stay.reason().housingLost()) {
                alerts.add(alert(placement, stay.end()));
            }
        }

        /** The decider places the client on the decision and coordinates the stay (as CaseworkDecisions has it). */
        private static String coordinator(@Nullable Decision decision) {
            return decision == null ? SOCIAL_WORKER : decision.decidedBy();
        }

        /**
         * The day the client asked for the place: the day of the move-in when a place was free (the request takes
         * it at once), else a day the unit was full and the client queued, at most {@link #MAX_WAIT_DAYS} before,
         * and not before the decision is valid.
         */
        private LocalDate requestDay(Stay stay, @Nullable Decision decision) {
            if (stay.profile().meanWaitDays() == 0) {
                return stay.start();
            }
            LocalDate day = max(first, stay.start().minusDays(exponential(stay.profile().meanWaitDays(), MAX_WAIT_DAYS)));
            if (decision != null) {
                day = max(day, decision.validFrom());
            }
            while (day.isBefore(stay.start()) && !full(stay.unit(), day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        /**
         * Who waits for the full unit today: for a unit that requires a decision, the client of a decision casework
         * has not carried out yet, queued since it was valid; else one of the Kommun's clients.
         */
        private void queueToday(Unit unit) {
            // a client queues only for a full unit (PlacingClient): today's move-ins may have filled it
            if (placements.stream().filter(p -> p.status() == PlacementStatus.PLACED && p.unitId().equals(unit.id()))
                    .count() < unit.capacity()) {
                return;
            }
            Set<UUID> waiting = new HashSet<>();
            placements.stream().filter(p -> p.status() == PlacementStatus.WAITING && p.unitId().equals(unit.id()))
                    .forEach(p -> waiting.add(p.clientId()));
            List<ClientFact> candidates;
            Map<UUID, Decision> decisionOf = new HashMap<>();
            if (unit.requiresDecision()) {
                candidates = new ArrayList<>();
                for (Decision d : notEnforced.getOrDefault(Intervention.carriedOutIn(unit.type()), List.of())) {
                    if (!used.containsKey(d.id()) && d.validOn(today) && decisionOf.putIfAbsent(d.clientId(), d) == null) {
                        candidates.add(known.get(d.clientId()));
                    }
                }
            } else {
                candidates = clients;
            }
            int from = rnd.nextInt(Math.max(1, candidates.size()));
            for (int i = 0; i < candidates.size(); i++) {
                ClientFact c = candidates.get((from + i) % candidates.size());
                if (deceased.contains(c.clientId()) || unit.equals(homeToday.get(c.clientId()))
                        || waiting.contains(c.clientId()) || !oldEnough(c, unit, today.minusDays(MAX_WAIT_DAYS))) {
                    continue;
                }
                Decision decision = decisionOf.get(c.clientId());
                LocalDate requested = today.minusDays(1 + rnd.nextInt(MAX_WAIT_DAYS));
                if (decision != null) {
                    requested = max(requested, decision.validFrom());
                    used.put(decision.id(), decision);
                }
                while (requested.isBefore(today) && !full(unit, requested)) {
                    requested = requested.plusDays(1);
                }
                eligible(unit, c, decision, requested);
                // queued today: after the day's move-ins, which filled the unit
                Instant requestedAt = time.at(requested, requested.equals(today)
                        ? LocalTime.of(17, 0).plusMinutes(rnd.nextInt(60)) : LocalTime.of(10, 0).plusMinutes(rnd.nextInt(60)));
                placements.add(new Placement(uuid(), c.clientId(), unit.id(), unit.name(), null,
                        decision == null ? null : decision.id(), decision == null ? null : decision.decisionDate(),
                        Org.KOMMUN, coordinator(decision), PlacementStatus.WAITING, requestedAt, null, null, null, null));
                return;
            }
        }

        private static void eligible(Unit unit, ClientFact client, @Nullable Decision decision, LocalDate day) {
            PlacementEligibility.refusal(unit, Optional.of(client), decision, day).ifPresent(refusal -> {
                throw new IllegalStateException("demo placement refused on " + day + ": " + refusal.detail());
            });
        }

        private AftercarePlan aftercare(LocalDate movedOut, int followUpAfterDays) {
            return new AftercarePlan(SOCIAL_WORKER, Org.KOMMUN, pick(NEXT_HOUSING), pick(OCCUPATION), pick(NETWORK),
                    movedOut.plusDays(followUpAfterDays));
        }

        /**
         * The coordinator's alert about a lost place: today's and some of the last half year's still open, the
         * rest acknowledged a few days after, and the older ones closed with a reason.
         */
        private Alert alert(Placement p, LocalDate lost) {
            long age = ChronoUnit.DAYS.between(lost, today);
            boolean recent = age <= RECENT_ALERT_DAYS;
            LocalDate acknowledged = lost.plusDays(1 + rnd.nextInt(3));
            if (age == 0 || (recent && rnd.nextDouble() < 0.6) || acknowledged.isAfter(today)) {
                return alert(p, null, null, null);
            }
            LocalDate closed = acknowledged.plusDays(5 + rnd.nextInt(25));
            Instant acknowledgedAt = time.at(acknowledged, LocalTime.of(8, 30).plusMinutes(rnd.nextInt(300)));
            if ((recent && rnd.nextBoolean()) || closed.isAfter(today)) {
                return alert(p, acknowledgedAt, null, null);
            }
            return alert(p, acknowledgedAt, time.at(closed, LocalTime.of(14, 0).plusMinutes(rnd.nextInt(120))),
                    pick(CLOSE_REASONS));
        }

        private Alert alert(Placement p, @Nullable Instant acknowledgedAt, @Nullable Instant closedAt,
                            @Nullable String closeReason) {
            return new Alert(uuid(), p.id(), p.clientId(), p.unitId(), p.unitName(), p.endReason().name(),
                    p.coordinator(), p.ownerOrg(), p.endedAt(), acknowledgedAt == null ? null : SOCIAL_WORKER,
                    acknowledgedAt, null, null, closedAt == null ? null : SOCIAL_WORKER, closedAt, closeReason,
                    AlertState.of(acknowledgedAt != null, closedAt != null));
        }

        private EndReason ending(UnitType type) {
            double[] weights = type == UnitType.EMERGENCY ? EMERGENCY_ENDINGS
                    : type == UnitType.EXTERNAL_SIS ? SIS_ENDINGS : HOUSING_ENDINGS;
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            double draw = rnd.nextDouble() * sum;
            for (int i = 0; i < weights.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return REASONS[i];
                }
            }
            return REASONS[0];
        }

        private int stayDays(DemoUnit profile) {
            return Math.max(1, exponential(profile.meanStayDays(), MAX_STAY_DAYS));
        }

        private int exponential(int mean, int max) {
            return (int) Math.min(max, Math.round(-mean * Math.log(1 - rnd.nextDouble())));
        }

        private String pick(String[] options) {
            return options[rnd.nextInt(options.length)];
        }

        /** A version 4 UUID from the seeded generator, so two loads give the same ids. */
        private UUID uuid() {
            long high = (rnd.nextLong() & ~0xF000L) | 0x4000L;
            long low = (rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(high, low);
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
