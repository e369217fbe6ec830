package se.huset.casework.demo;

import io.micronaut.core.annotation.Nullable;
import se.huset.casework.actualisation.ActualisationSource;
import se.huset.casework.decision.EnforcementDeadline;
import se.huset.casework.decision.Intervention;
import se.huset.casework.decision.LegalBasis;
import se.huset.casework.investigation.InvestigationOutcome;
import se.huset.casework.investigation.Law;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * How the Kommun's social workers worked the matters intake's demo contacts made, planned from a fixed seed with
 * every date relative to today (a pure function of the matters, the scale and the moment; {@link CaseworkDemoData}
 * carries it out through casework's use cases):
 * <ul>
 *   <li>of the matters older than {@link #MIN_AGE} about two thirds get their förhandsbedömning within days; most
 *       are opened into an investigation (under LVM for some reports and LOB notices: LVM 7 § concerns reports that
 *       compulsory care may be needed), the others are not, with a reason a social worker would write; a matter
 *       that names no client, or a client already in an open investigation, is never opened;</li>
 *   <li>SoL investigations take two weeks to four months (SoL 11 kap. 2 §), a few longer; LVM ones a week to
 *       four weeks, except {@link Shape#slowLvm} ones left open past the clinic's flag so the warning shows;</li>
 *   <li>an investigation that closes in a decision (or an LVM application, whose care the court grants) gets one
 *       within days: a spread of interventions, a few refused, a period; most granted ones start within weeks,
 *       {@link Shape#unenforced} of those decided three to ten months ago never did (the report to IVO has rows),
 *       and {@link Shape#appealed} refusals are appealed.</li>
 * </ul>
 * Every step is the demo social worker's ({@link #WORKER}), so the one who signs in has their own investigations.
 */
public final class CaseworkHistory {

    /** The seed: the same matters on the same day give the same history. */
    static final long SEED = 0x4855_5345_5443_5744L;
    /** The demo accounts' social worker (the gateway's DemoAccounts): the handler and decider of it all. */
    public static final String WORKER = "socialworker.kommun";
    /** Newer matters wait in the queue: the social workers have not come to them yet. */
    static final Duration MIN_AGE = Duration.ofDays(3);
    /** Nearly every older matter is assessed: the queue holds the last days' and a few left behind (a few dozen). */
    static final double ASSESSED = 0.98;
    /** SoL 11 kap. 2 §: an investigation is to be finished within four months. */
    static final int SOL_DAYS = 120;

    static final String UNIDENTIFIED = "Personen har inte kunnat identifieras; aktualiseringen saknar uppgift om vem "
            + "den gäller";
    static final String ALREADY_INVESTIGATED = "Personen är redan aktuell i en pågående utredning; uppgifterna förs "
            + "in i den";

    /** The scale's few cases that make the worklists' warnings show. */
    record Shape(int slowLvm, int unenforced, int appealed) {
        static Shape of(DemoScale scale) {
            return switch (scale) {
                case DEMO -> new Shape(2, 5, 1);
                case COUNTY -> new Shape(8, 25, 6);
            };
        }
    }

    /** A matter in the queue as intake's feed left it. */
    public record Matter(UUID id, UUID contactId, @Nullable UUID clientId, ActualisationSource source,
                         Instant receivedAt) {
    }

    /** What happens to one matter; null fields are steps it never reaches. */
    public record Case(Matter matter, Instant assessedAt, boolean opened, @Nullable Law law, @Nullable String reason,
                       @Nullable LocalDate closedOn, @Nullable InvestigationOutcome outcome,
                       @Nullable LocalDate decidedOn, @Nullable Intervention intervention, boolean granted,
                       @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate enforcedOn,
                       @Nullable LocalDate appealedOn) {

        public LocalDate openedOn() {
            return LocalDate.ofInstant(assessedAt, ClinicTime.ZONE);
        }

        public boolean decided() {
            return decidedOn != null;
        }

        public LegalBasis legalBasis() {
            return intervention == Intervention.LVM_CARE ? LegalBasis.LVM : LegalBasis.SOL;
        }

        Case withLawOpen(Law newLaw) {
            return new Case(matter, assessedAt, true, newLaw, reason, null, null, null, null, false, null, null, null,
                    null);
        }

        Case unenforced() {
            return new Case(matter, assessedAt, opened, law, reason, closedOn, outcome, decidedOn, intervention, granted,
                    validFrom, validTo, null, appealedOn);
        }

        Case appealed(LocalDate on) {
            return new Case(matter, assessedAt, opened, law, reason, closedOn, outcome, decidedOn, intervention, granted,
                    validFrom, validTo, enforcedOn, on);
        }
    }

    private final List<Case> cases;
    private final List<Matter> waiting;

    private CaseworkHistory(List<Case> cases, List<Matter> waiting) {
        this.cases = List.copyOf(cases);
        this.waiting = List.copyOf(waiting);
    }

    /** The matters assessed, in the order they were. */
    public List<Case> cases() {
        return cases;
    }

    /** The matters left in the queue. */
    public List<Matter> waiting() {
        return waiting;
    }

    /**
     * Plans the history of {@code matters} (any order) as of {@code now}. {@code lvmFlagAfterDays} is the clinic's
     * routine ({@code InvestigationPace}): ordinary LVM investigations close within it, the slow ones stay open past it.
     */
    public static CaseworkHistory plan(List<Matter> matters, DemoScale scale, Instant now, int lvmFlagAfterDays) {
        Random rnd = new Random(SEED);
        LocalDate today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        List<Matter> ordered = new ArrayList<>(matters);
        ordered.sort(Comparator.comparing(Matter::receivedAt).thenComparing(Matter::contactId,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Matter::id));
        Map<UUID, LocalDate> busyUntil = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        List<Matter> waiting = new ArrayList<>();
        int lvmMaxDays = Math.max(7, Math.min(28, lvmFlagAfterDays - 2));
        for (Matter m : ordered) {
            // drawn for every matter, so one matter's fate does not shift the next one's
            double assessRoll = rnd.nextDouble();
            double openRoll = rnd.nextDouble();
            double lvmRoll = rnd.nextDouble();
            long delayMinutes = 4 * 60 + (long) (rnd.nextDouble() * 10 * 24 * 60);
            Duration age = Duration.between(m.receivedAt(), now);
            if (age.compareTo(MIN_AGE) < 0 || assessRoll >= ASSESSED) {
                waiting.add(m);
                continue;
            }
            Instant assessedAt = m.receivedAt().plus(Math.min(delayMinutes, age.toMinutes() - 60), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MICROS);
            LocalDate day = LocalDate.ofInstant(assessedAt, ClinicTime.ZONE);
            if (m.clientId() == null) {
                cases.add(notOpened(m, assessedAt, UNIDENTIFIED));
                continue;
            }
            LocalDate busy = busyUntil.get(m.clientId());
            if (busy != null && !busy.isBefore(day)) {
                cases.add(notOpened(m, assessedAt, ALREADY_INVESTIGATED));
                continue;
            }
            if (openRoll >= openShare(m.source())) {
                cases.add(notOpened(m, assessedAt, reason(m.source(), rnd)));
                continue;
            }
            boolean mayBeLvm = m.source() == ActualisationSource.REPORT || m.source() == ActualisationSource.LOB;
            Law law = mayBeLvm && lvmRoll < 0.2 ? Law.LVM : Law.SOL;
            Case c = investigated(m, assessedAt, law, today, lvmMaxDays, rnd);
            busyUntil.put(m.clientId(), c.closedOn() == null ? LocalDate.MAX : c.closedOn());
            cases.add(c);
        }
        Shape shape = Shape.of(scale);
        slowLvm(cases, busyUntil, today, lvmFlagAfterDays, shape.slowLvm());
        unenforced(cases, today, shape.unenforced(), rnd);
        appealed(cases, today, shape.appealed());
        return new CaseworkHistory(cases, waiting);
    }

    private static double openShare(ActualisationSource source) {
        return switch (source) {
            case APPLICATION -> 0.85;
            case REPORT -> 0.75;
            case REFERRAL -> 0.7;
            case LOB -> 0.6;
        };
    }

    private static Case notOpened(Matter m, Instant assessedAt, String reason) {
        return new Case(m, assessedAt, false, null, reason, null, null, null, null, false, null, null, null, null);
    }

    /** Why a matter was not opened, as its source makes likely. */
    static String reason(ActualisationSource source, Random rnd) {
        List<String> reasons = switch (source) {
            case APPLICATION -> List.of("Personen har tagit tillbaka sin ansökan",
                    "Behovet tillgodoses av pågående öppenvård i Regionen",
                    "Behovet tillgodoses genom stöd från närstående och frivilligorganisationer");
            case REPORT -> List.of("Uppgifterna i anmälan ger inte grund för att inleda utredning",
                    "Personen tackar nej till stöd och det finns inte grund för utredning enligt LVM",
                    "Behovet tillgodoses av pågående öppenvård i Regionen");
            case LOB -> List.of("Enstaka omhändertagande; personen har fått information om stöd och tackar nej",
                    "Personen är folkbokförd i en annan kommun; ärendet har överlämnats dit",
                    "Behovet tillgodoses av pågående öppenvård i Regionen");
            case REFERRAL -> List.of("Behovet tillgodoses av pågående öppenvård i Regionen",
                    "Behovet tillgodoses av pågående öppenvård i Regionen",
                    "Personen tackar nej till insatser från socialtjänsten");
        };
        return reasons.get(rnd.nextInt(reasons.size()));
    }

    private static Case investigated(Matter m, Instant assessedAt, Law law, LocalDate today, int lvmMaxDays,
                                     Random rnd) {
        LocalDate opened = LocalDate.ofInstant(assessedAt, ClinicTime.ZONE);
        int days = law == Law.LVM ? 7 + rnd.nextInt(lvmMaxDays - 6)
                : rnd.nextDouble() < 0.95 ? 14 + rnd.nextInt(SOL_DAYS - 30) : SOL_DAYS + 1 + rnd.nextInt(50);
        double outcomeRoll = rnd.nextDouble();
        double grantRoll = rnd.nextDouble();
        int decisionDelay = rnd.nextInt(6);
        Intervention kind = intervention(rnd);
        int startDelay = rnd.nextInt(11);
        int enforceDelay = rnd.nextInt(36);
        int months = rnd.nextBoolean() ? 6 : 12;
        LocalDate closed = opened.plusDays(days);
        if (closed.isAfter(today)) {
            return new Case(m, assessedAt, true, law, null, null, null, null, null, false, null, null, null, null);
        }
        InvestigationOutcome outcome = law == Law.LVM
                ? outcomeRoll < 0.45 ? InvestigationOutcome.LVM_APPLICATION
                : outcomeRoll < 0.8 ? InvestigationOutcome.DECISION : InvestigationOutcome.NO_MEASURE
                : outcomeRoll < 0.72 ? InvestigationOutcome.DECISION
                : outcomeRoll < 0.88 ? InvestigationOutcome.NO_MEASURE : InvestigationOutcome.DISCONTINUED;
        LocalDate decided = closed.plusDays(decisionDelay);
        boolean leadsToIntervention = outcome == InvestigationOutcome.DECISION
                || outcome == InvestigationOutcome.LVM_APPLICATION;
        if (!leadsToIntervention || decided.isAfter(today)) {
            return new Case(m, assessedAt, true, law, null, closed, outcome, null, null, false, null, null, null, null);
        }
        Intervention intervention = outcome == InvestigationOutcome.LVM_APPLICATION ? Intervention.LVM_CARE : kind;
        boolean granted = grantRoll < (intervention == Intervention.LVM_CARE ? 0.92 : 0.88);
        if (!granted) {
            return new Case(m, assessedAt, true, law, null, closed, outcome, decided, intervention, false, null, null,
                    null, null);
        }
        LocalDate from = decided.plusDays(intervention == Intervention.LVM_CARE ? 0 : startDelay);
        // LVM care lasts at most six months (LVM 20 §); a stay away from home is decided for a few months at a time
        LocalDate to = switch (intervention) {
            case LVM_CARE -> from.plusMonths(6);
            case HVB, FAMILY_HOME -> from.plusMonths(months / 2);
            default -> from.plusMonths(months);
        };
        LocalDate enforced = from.plusDays(intervention == Intervention.LVM_CARE ? enforceDelay % 4 : enforceDelay);
        return new Case(m, assessedAt, true, law, null, closed, outcome, decided, intervention, true, from, to,
                enforced.isAfter(today) ? null : enforced, null);
    }

    /**
     * The interventions of the Kommun's addiction care for adults, housing and outpatient support the most common:
     * housing's demo history moves clients into HUSET's units on the housing decisions (HousingHistory), so there
     * are about as many as its own units take in the years; HVB and family-home decisions are also carried out at
     * providers outside HUSET.
     */
    private static Intervention intervention(Random rnd) {
        int r = rnd.nextInt(100);
        return r < 20 ? Intervention.OUTPATIENT_TREATMENT
                : r < 32 ? Intervention.HOUSING_SUPPORT
                : r < 60 ? Intervention.HOUSING
                : r < 70 ? Intervention.HVB
                : r < 80 ? Intervention.CONTACT_PERSON
                : r < 90 ? Intervention.INDIVIDUAL_COACH
                : Intervention.FAMILY_HOME;
    }

    /**
     * LVM investigations that do not move: the latest reports and LOB notices opened between five weeks and three
     * months ago (past the flag) whose client has no other investigation since, investigated under LVM and still open.
     */
    private static void slowLvm(List<Case> cases, Map<UUID, LocalDate> busyUntil, LocalDate today, int flagDays,
                                int wanted) {
        LocalDate newest = today.minusDays(flagDays + 5L);
        LocalDate oldest = today.minusDays(Math.max(90, flagDays + 30L));
        int made = 0;
        for (int i = cases.size() - 1; i >= 0 && made < wanted; i--) {
            Case c = cases.get(i);
            LocalDate opened = c.openedOn();
            boolean source = c.matter().source() == ActualisationSource.REPORT
                    || c.matter().source() == ActualisationSource.LOB;
            if (!c.opened() || !source || opened.isAfter(newest) || opened.isBefore(oldest)
                    || laterOpened(cases, i, c.matter().clientId())) {
                continue;
            }
            cases.set(i, c.withLawOpen(Law.LVM));
            busyUntil.put(c.matter().clientId(), LocalDate.MAX);
            made++;
        }
    }

    private static boolean laterOpened(List<Case> cases, int index, UUID clientId) {
        for (int j = index + 1; j < cases.size(); j++) {
            if (cases.get(j).opened() && clientId.equals(cases.get(j).matter().clientId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Granted decisions of three to ten months ago that never started (no housing free, no contact person found):
     * on the list for the report to IVO. Interventions that wait on a place or a person, LVM care never (the court's
     * decision is carried out at once).
     */
    private static void unenforced(List<Case> cases, LocalDate today, int wanted, Random rnd) {
        LocalDate newest = today.minusMonths(EnforcementDeadline.MONTHS).minusDays(7);
        LocalDate oldest = today.minusMonths(10);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (c.granted() && c.intervention() != Intervention.LVM_CARE && !c.decidedOn().isAfter(newest)
                    && !c.decidedOn().isBefore(oldest)) {
                candidates.add(i);
            }
        }
        java.util.Collections.shuffle(candidates, rnd);
        candidates.stream().limit(wanted).forEach(i -> cases.set(i, cases.get(i).unenforced()));
    }

    /** Refusals of more than a month ago that the client appealed within three weeks (the latest of them). */
    private static void appealed(List<Case> cases, LocalDate today, int wanted) {
        int made = 0;
        for (int i = cases.size() - 1; i >= 0 && made < wanted; i--) {
            Case c = cases.get(i);
            if (c.decided() && !c.granted() && c.decidedOn().isBefore(today.minusDays(30))) {
                cases.set(i, c.appealed(c.decidedOn().plusDays(10 + made % 10)));
                made++;
            }
        }
    }
}
