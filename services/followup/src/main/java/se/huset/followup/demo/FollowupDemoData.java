package se.huset.followup.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.alert.BetweenChairs;
import se.huset.followup.form.LifeSituationRepository;
import se.huset.followup.frequent.EpisodeRepository;
import se.huset.followup.frequent.FrequentAttenderRule;
import se.huset.followup.frequent.IntakeContacts;
import se.huset.followup.instrument.AssessmentRepository;
import se.huset.followup.schedule.BookingEvents;
import se.huset.followup.schedule.FollowUpRepository;
import se.huset.followup.schedule.ProgramEvents;
import se.huset.followup.sip.SipRepository;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoClients;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoFeeds;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.time.ClinicTime;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Followup's demo history, built on what the running service has read from the other services' feeds (./huset loads
 * intake's, booking's and programs' demo data first): intake's clients, contacts and consents, booking's first
 * visits and programs' enrollments, each scheduled by followup's own rules. What this adds is what staff would have
 * done ({@link FollowupHistory}): the follow-ups that fell due recorded, SIPs, the audit trail of it all; then one
 * sweep of the between-chairs alerts, so the worklist stands as it would today. Writes by JDBC batch and COPY.
 */
@Singleton
public class FollowupDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(FollowupDemoData.class);
    /** appendHistory builds its rows in memory: chunks of this many. */
    private static final int AUDIT_CHUNK = 20_000;

    private final DemoClients clients;
    private final DemoFeeds feeds;
    private final DemoScale scale;
    private final FollowUpRepository followUps;
    private final EpisodeRepository episodes;
    private final LifeSituationRepository forms;
    private final AssessmentRepository assessments;
    private final SipRepository sips;
    private final BetweenChairs alerts;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final FollowupSettings settings;
    private final Clock clock;
    private final FrequentAttenderRule frequent;
    private final int missedAfterDays;

    public FollowupDemoData(DemoClients clients, DemoFeeds feeds, DemoScale scale, FollowUpRepository followUps,
                            EpisodeRepository episodes, LifeSituationRepository forms, AssessmentRepository assessments,
                            SipRepository sips, BetweenChairs alerts, AuditLog audit, JdbcOperations jdbc,
                            FollowupSettings settings, Clock clock,
                            @Value("${huset.followup.frequent.acute-visits:7}") int acuteVisits,
                            @Value("${huset.followup.frequent.inpatient-episodes:4}") int inpatientEpisodes,
                            @Value("${huset.followup.frequent.window-months:12}") int windowMonths,
                            @Value("${huset.followup.reminders.missed-after-days:30}") int missedAfterDays) {
        this.clients = clients;
        this.feeds = feeds;
        this.scale = scale;
        this.followUps = followUps;
        this.episodes = episodes;
        this.forms = forms;
        this.assessments = assessments;
        this.sips = sips;
        this.alerts = alerts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.frequent = new FrequentAttenderRule(acuteVisits, inpatientEpisodes, windowMonths);
        this.missedAfterDays = missedAfterDays;
    }

    /** Followup's share of the audit history: of the county's million, 150,000; a few thousand in the demo. */
    static int auditRows(DemoScale scale) {
        return scale == DemoScale.COUNTY ? 150_000 : 3_000;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void loadOnce() {
        Map<UUID, ClientFact> known = clients.all().stream().collect(Collectors.toMap(ClientFact::clientId,
                Function.identity()));
        feeds.awaitCaughtUp(IntakeContacts.CURSOR);
        feeds.awaitCaughtUp(BookingEvents.CURSOR);
        feeds.awaitCaughtUp(ProgramEvents.CURSOR);
        long started = System.nanoTime();
        Instant now = clock.instant();
        FollowupHistory history = new FollowupHistory(frequent, missedAfterDays, auditRows(scale), scale.years(), now,
                ClinicTime.ZONE);
        FollowupHistory.Plan plan = history.plan(new FollowupHistory.World(followUps.all(), known, firstVisits(),
                episodes.between(Instant.EPOCH, now.plusSeconds(1)), consents()));
        if (plan.forms().isEmpty() || recorded(plan.forms().get(0).id())) {
            LOG.info("Followup demo history: {}", plan.forms().isEmpty() ? "no follow-ups have fallen due yet" : "already loaded");
            return;
        }
        followUps.recordAll(plan.recorded());
        forms.insertAll(plan.forms());
        assessments.insertAll(plan.assessments());
        plan.sips().forEach(this::insert);
        for (int from = 0; from < plan.audit().size(); from += AUDIT_CHUNK) {
            audit.appendHistory(plan.audit().subList(from, Math.min(plan.audit().size(), from + AUDIT_CHUNK)));
        }
        BetweenChairs.Sweep sweep = alerts.sweep();
        LOG.info("Followup demo history ({}): {} follow-ups recorded, {} forms, {} assessments, {} SIPs, {} audit rows, "
                        + "{} alerts raised by the sweep, in {} ms", scale, plan.recorded().size(), plan.forms().size(),
                plan.assessments().size(), plan.sips().size(), plan.audit().size(), sweep.raised(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private boolean recorded(UUID form) {
        return jdbc.prepareStatement("select 1 from life_situation where id = ?", ps -> {
            ps.setObject(1, form);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private void insert(FollowupHistory.Sip sip) {
        var plan = sip.plan();
        sips.insert(plan);
        sip.participants().forEach(p -> sips.insertParticipant(plan.id(), p, plan.createdBy(), plan.createdAt()));
        sips.insertGoal(plan.id(), sip.goal(), plan.createdBy(), plan.createdAt());
        for (FollowupHistory.SipTask t : sip.tasks()) {
            sips.insertTask(plan.id(), t.id(), sip.goal().id(), t.what(), t.participantId(), t.dueOn(), plan.createdBy(),
                    plan.createdAt());
            if (t.doneAt() != null) {
                sips.markTask(plan.id(), t.id(), t.doneAt());
            }
        }
    }

    /** Booking's first visits as followup keeps them: their latest status by appointment. */
    private Map<UUID, String> firstVisits() {
        return jdbc.prepareStatement("select appointment_id, status from appointment_seen where type = ?", ps -> {
            ps.setString(1, BookingEvents.FIRST_VISIT_TYPE);
            ps.setFetchSize(2000);
            Map<UUID, String> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The consents the kit's replica holds, with when each was given. */
    private List<FollowupHistory.Consent> consents() {
        return jdbc.prepareStatement("""
                select consent_id, client_id, recipient_orgs, categories, granted_at, valid_until, revoked_at
                from kit_consent where purpose = 'CARE_COORDINATION'""", ps -> {
            List<FollowupHistory.Consent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    out.add(new FollowupHistory.Consent(rs.getObject("consent_id", UUID.class),
                            rs.getObject("client_id", UUID.class),
                            texts(rs.getArray("recipient_orgs")).stream().map(Org::valueOf).collect(Collectors.toSet()),
                            texts(rs.getArray("categories")).stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
                            rs.getTimestamp("granted_at").toInstant(), rs.getDate("valid_until").toLocalDate(),
                            revoked == null ? null : revoked.toInstant()));
                }
            }
            return out;
        });
    }

    private static Set<String> texts(Array array) throws java.sql.SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
