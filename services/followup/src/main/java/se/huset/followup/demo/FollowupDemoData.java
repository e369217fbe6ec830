package se.huset.followup.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.form.Choices;
import se.huset.followup.form.LifeSituation;
import se.huset.followup.form.LifeSituationRepository;
import se.huset.followup.frequent.Episode;
import se.huset.followup.frequent.EpisodeRepository;
import se.huset.followup.instrument.Assessment;
import se.huset.followup.instrument.AssessmentRepository;
import se.huset.followup.instrument.Instrument;
import se.huset.followup.instrument.Result;
import se.huset.followup.instrument.Sex;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpRepository;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;
import se.huset.followup.sip.SipParts;
import se.huset.followup.sip.SipPlan;
import se.huset.followup.sip.SipRepository;
import se.huset.kit.client.ClientFacts;
import se.huset.kit.demo.DemoDataLoader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A year of synthetic contacts for 80 clients shaped like seed 003 (many with one contact, a heavy tail with 12 or
 * more) with 8 frequent attenders; 40 ended enrollments with their follow-ups, some done with a form, some missed
 * or declined, and 12 more whose 6-month follow-ups fall from four days ago to a week ahead (the due list of any
 * day: a few overdue, some this week); AUDIT and DUDIT for some clients; six SIPs. Anchored to today, from one seed. Clients have their own id namespace and their facts
 * here, since the loader runs before intake's feed reaches this service.
 */
@Singleton
public class FollowupDemoData implements DemoDataLoader {

    private static final int CLIENTS = 80;
    private static final List<String> PROGRAMS = List.of("AP", "CRA", "MI", "TWELVE_STEP");
    private static final List<String> SIP_GOALS = List.of("Eget boende inom ett år", "Färre akutbesök", "Arbetsträning på halvtid");
    private static final Referrer[] REPORTERS = {Referrer.POLICE, Referrer.POLICE, Referrer.OTHER_PRIVATE, Referrer.RELATIVE,
            Referrer.OTHER_HEALTHCARE, Referrer.SELF, Referrer.SOCIAL_SERVICES, Referrer.ADULT_PSYCHIATRY};

    private final EpisodeRepository episodes;
    private final FollowUpRepository followUps;
    private final LifeSituationRepository forms;
    private final AssessmentRepository assessments;
    private final SipRepository sips;
    private final ClientFacts facts;
    private final FollowupSettings settings;
    private final Clock clock;

    public FollowupDemoData(EpisodeRepository episodes, FollowUpRepository followUps, LifeSituationRepository forms,
                            AssessmentRepository assessments, SipRepository sips, ClientFacts facts,
                            FollowupSettings settings, Clock clock) {
        this.episodes = episodes;
        this.followUps = followUps;
        this.forms = forms;
        this.assessments = assessments;
        this.sips = sips;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("huset-demo:followup:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void loadOnce() {
        if (episodes.exists(id("contact:0:0"))) {
            return;
        }
        Random random = new Random(6);
        Instant now = clock.instant();
        LocalDate today = settings.today();
        List<UUID> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            UUID client = id("client:" + c);
            clients.add(client);
            Org owner = c % 3 == 0 ? Org.KOMMUN : Org.REGION;
            facts.apply(new ClientRegistered(client, owner.name(), c % 11 == 0 ? null
                    : today.minusYears(20 + random.nextInt(45)).minusDays(random.nextInt(365)), c % 3 == 1 ? "FEMALE" : "MALE"));
            contacts(random, c, client, owner, now);
        }
        for (int e = 0; e < 40; e++) {
            enrollment(random, e, clients.get(e * 2 % CLIENTS), today.minusDays(30 + random.nextInt(420)), today);
        }
        // the due list as a team meets it on any day: 6-month follow-ups from four days overdue to a week ahead
        for (int e = 40; e < 52; e++) {
            enrollment(random, e, clients.get((e * 2 + 1) % CLIENTS), today.minusMonths(6).plusDays(e - 44L),
                    today.minusDays(4));
        }
        for (int a = 0; a < 30; a++) {
            UUID client = clients.get(a);
            Instrument instrument = a % 2 == 0 ? Instrument.AUDIT : Instrument.DUDIT;
            List<Integer> answers = answers(random, instrument);
            Result result = instrument.score(answers, a % 3 == 1 ? Sex.FEMALE : Sex.MALE);
            assessments.insert(new Assessment(id("assessment:" + a), client, a % 3 == 0 ? "KOMMUN" : "REGION", instrument.name(),
                    answers, result.score(), result.riskLevel(), result.aboveSexCutoff(), result.note(),
                    a % 3 == 0 ? "therapist.kommun" : "therapist.region", now.minusSeconds(86_400L * (a + 1))));
        }
        for (int s = 0; s < 6; s++) {
            SipPlan.Status status = SipPlan.Status.values()[s % 4];
            sips.insert(new SipPlan(id("sip:" + s), clients.get(s), s % 2 == 0 ? "KOMMUN" : "REGION", status,
                    status == SipPlan.Status.FOLLOWED_UP ? SipPlan.Adherence.PARTLY : null, today.plusDays(s * 10L - 20),
                    false, s % 2 == 0 ? "socialworker.kommun" : "therapist.region", now.minusSeconds(86_400L * 40)));
            sipParts(s, now, today);
        }
    }

    /**
     * Each plan's keeper and the client take part, with one goal and a task each. Staff of the other body are left
     * out: taking part needs a consent the demo cannot assume.
     */
    private void sipParts(int s, Instant now, LocalDate today) {
        UUID plan = id("sip:" + s);
        boolean kommun = s % 2 == 0;
        String by = kommun ? "socialworker.kommun" : "therapist.region";
        Instant at = now.minusSeconds(86_400L * 39);
        SipParts.Participant keeper = new SipParts.Participant(id("sip:" + s + ":keeper"), kommun ? "Sara Socialsekreterare"
                : "Tove Terapeut", kommun ? "Socialsekreterare" : "Behandlare", kommun ? SipParts.Party.KOMMUN : SipParts.Party.REGION);
        SipParts.Participant client = new SipParts.Participant(id("sip:" + s + ":client"), "Klienten", "Klient", SipParts.Party.CLIENT);
        sips.insertParticipant(plan, keeper, by, at);
        sips.insertParticipant(plan, client, by, at);
        SipParts.Goal goal = new SipParts.Goal(id("sip:" + s + ":goal"), SIP_GOALS.get(s % SIP_GOALS.size()));
        sips.insertGoal(plan, goal, by, at);
        sips.insertTask(plan, id("sip:" + s + ":task:0"), goal.id(), "Boka uppföljande samtal", keeper.id(),
                today.plusDays(s * 7L - 14), by, at);
        sips.insertTask(plan, id("sip:" + s + ":task:1"), goal.id(), "Komma till de bokade samtalen", client.id(), null, by, at);
    }

    /** Seed 003's shape: most clients come once or twice, a few come again and again; the first eight are frequent attenders. */
    private void contacts(Random random, int c, UUID client, Org owner, Instant now) {
        int count;
        if (c < 8) {
            count = 8 + random.nextInt(10);
        } else if (c < 40) {
            count = 1;
        } else if (c < 55) {
            count = 2;
        } else if (c < 72) {
            count = 3 + random.nextInt(4);
        } else {
            count = 7 + random.nextInt(5);
        }
        for (int k = 0; k < count; k++) {
            ContactKind kind = c < 8 ? (c % 4 == 3 ? ContactKind.INPATIENT_EPISODE : ContactKind.ACUTE_VISIT)
                    : k % 3 == 0 ? ContactKind.ACUTE_VISIT : k % 3 == 1 ? ContactKind.REPORT : ContactKind.SELF_APPLICATION;
            Org contactOwner = c < 8 && k % 5 == 4 ? (owner == Org.REGION ? Org.KOMMUN : Org.REGION) : owner;
            Instant at = ZonedDateTime.ofInstant(now, settings.zone()).minusDays(1 + random.nextInt(330)).toInstant();
            episodes.insertOnce(new Episode(id("contact:" + c + ":" + k), client, kind.name(),
                    REPORTERS[random.nextInt(REPORTERS.length)].name(), contactOwner, at));
        }
    }

    /**
     * An enrollment that ended on {@code ended}, its follow-ups scheduled; those due before {@code openFrom} were done,
     * missed or declined three days after their day, the rest are still to do (overdue when before today).
     */
    private void enrollment(Random random, int e, UUID client, LocalDate ended, LocalDate openFrom) {
        UUID enrollment = id("enrollment:" + e);
        String program = PROGRAMS.get(e % PROGRAMS.size());
        String org = e % 3 == 0 ? "KOMMUN" : "REGION";
        FollowUpSchedule schedule = new FollowUpSchedule(List.of(6, 12));
        List<FollowUpSchedule.Planned> planned = new ArrayList<>();
        planned.add(FollowUpSchedule.baseline(ended.minusWeeks(12)));
        planned.addAll(schedule.afterEnd(ended));
        for (FollowUpSchedule.Planned p : planned) {
            UUID id = id("follow-up:" + e + ":" + p.kind());
            followUps.insertOnce(new FollowUp(id, enrollment, null, client, program, org, p.kind(), p.dueOn(), FollowUpStatus.DUE,
                    null, null));
            if (!p.dueOn().isBefore(openFrom)) {
                continue;
            }
            int roll = random.nextInt(10);
            FollowUpStatus status = roll < 7 ? FollowUpStatus.DONE : roll < 9 ? FollowUpStatus.MISSED : FollowUpStatus.DECLINED;
            Instant at = p.dueOn().plusDays(3).atStartOfDay(settings.zone()).toInstant();
            followUps.close(id, status, at);
            if (status == FollowUpStatus.DONE) {
                forms.insert(form(random, id, client, org, p.dueOn(), at));
            }
        }
    }

    private static LifeSituation form(Random random, UUID followUp, UUID client, String org, LocalDate on, Instant at) {
        return new LifeSituation(UUID.nameUUIDFromBytes(("form:" + followUp).getBytes(StandardCharsets.UTF_8)), client, org,
                followUp, Choices.Housing.values()[random.nextInt(Choices.Housing.values().length)],
                Choices.Occupation.values()[random.nextInt(Choices.Occupation.values().length)],
                Choices.IncomeSource.values()[random.nextInt(Choices.IncomeSource.values().length)],
                random.nextInt(15), random.nextInt(8), random.nextInt(6) == 0, 1 + random.nextInt(5), 1 + random.nextInt(5),
                2 + random.nextInt(4), Choices.OwnGoal.values()[random.nextInt(3)], on.minusMonths(3),
                random.nextBoolean() ? on : null, org.equals("KOMMUN") ? "therapist.kommun" : "therapist.region", at);
    }

    private static List<Integer> answers(Random random, Instrument instrument) {
        int items = instrument == Instrument.AUDIT ? 10 : 11;
        int fiveStep = instrument == Instrument.AUDIT ? 8 : 9;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            out.add(i < fiveStep ? random.nextInt(5) : 2 * random.nextInt(3));
        }
        return out;
    }
}
