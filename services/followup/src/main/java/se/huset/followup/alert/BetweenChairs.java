package se.huset.followup.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.schedule.BookingEvents;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The open between-chairs alerts, from the stored contacts, appointments, follow-ups, triages and housing endings. */
@Singleton
public class BetweenChairs {

    static final String RESOURCE = "between-chairs-alert";

    private final BetweenChairsRule rule;
    private final JdbcOperations jdbc;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public BetweenChairs(JdbcOperations jdbc, ConsentGuard guard, FollowupSettings settings, Clock clock,
                         @Value("${huset.followup.between-chairs-days:14}") int days,
                         @Value("${huset.followup.first-visit-days.acute:0}") int acuteDays,
                         @Value("${huset.followup.first-visit-days.soon:3}") int soonDays,
                         @Value("${huset.followup.first-visit-days.planned:14}") int plannedDays) {
        this.rule = new BetweenChairsRule(days, Map.of(Urgency.ACUTE, acuteDays, Urgency.SOON, soonDays,
                Urgency.PLANNED, plannedDays), settings.zone());
        this.jdbc = jdbc;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    @Serdeable
    public record Alert(BetweenChairsRule.Type type, UUID clientId, String ownerOrg, Instant since) {
    }

    /** Not read-only: each shown client is written to the audit log. */
    @Transactional
    public Visible<Alert> list(Staff reader) {
        List<Alert> alerts = open().stream().map(t -> new Alert(t.type(), t.clientId(), t.ownerOrg(), t.at())).toList();
        return guard.filter(reader, alerts, a -> new OwnedRecord(a.clientId(), Org.valueOf(a.ownerOrg()), category(a),
                RESOURCE), "BETWEEN_CHAIRS_ALERTS_READ");
    }

    @Transactional(readOnly = true)
    public int count() {
        return open().size();
    }

    private List<BetweenChairsRule.Trigger> open() {
        List<BetweenChairsRule.Trigger> triggers = new ArrayList<>();
        Map<UUID, List<Instant>> contacts = new HashMap<>();
        each("select client_id, kind, owner_org, occurred_at from contact_episode where client_id is not null", rs -> {
            UUID client = rs.getObject(1, UUID.class);
            Instant at = rs.getTimestamp(4).toInstant();
            contacts.computeIfAbsent(client, c -> new ArrayList<>()).add(at);
            if (ContactKind.INPATIENT_EPISODE.name().equals(rs.getString(2))) {
                triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE,
                        client, rs.getString(3), at));
            }
        });
        // an attended appointment and a follow-up done with the client are contacts as well
        each("select client_id, starts_at from appointment_seen where status = 'ATTENDED'", rs ->
                contacts.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant()));
        each("select client_id, closed_at from follow_up where status = 'DONE'", rs ->
                contacts.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant()));
        // a programme end is open until the client is seen; its END follow-up done is such a contact, missed is not
        each("select client_id, owner_org, due_on from follow_up where kind = '" + FollowUpSchedule.END
                + "' and status in ('DUE', 'MISSED')", rs ->
                triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.PROGRAMME_END_WITHOUT_FOLLOW_UP,
                        rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3).toLocalDate().atStartOfDay(settings.zone()).toInstant())));
        each("select client_id, owner_org, kind, occurred_at from housing_ending", rs ->
                triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.valueOf(rs.getString(3)),
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(4).toInstant())));
        Instant now = clock.instant();
        List<BetweenChairsRule.Trigger> out = new ArrayList<>(rule.open(triggers, contacts, now));
        out.addAll(rule.overdueFirstVisits(triaged(), firstVisits(), now));
        return out;
    }

    /** Anonymous contacts wait until intake links them to a client: only then can a first visit be told apart. */
    private List<BetweenChairsRule.Triage> triaged() {
        List<BetweenChairsRule.Triage> out = new ArrayList<>();
        each("select client_id, owner_org, urgency, registered_at, triaged_at from triaged_contact where client_id is not null",
                rs -> out.add(new BetweenChairsRule.Triage(rs.getObject(1, UUID.class), rs.getString(2),
                        Urgency.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())));
        return out;
    }

    /** When each client's first visits were booked, counting those booked or held, not cancelled or missed. */
    private Map<UUID, List<Instant>> firstVisits() {
        Map<UUID, List<Instant>> out = new HashMap<>();
        each("select client_id, booked_at from appointment_seen where type = '" + BookingEvents.FIRST_VISIT_TYPE
                + "' and status in ('BOOKED', 'ATTENDED')", rs ->
                out.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant()));
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void each(String sql, RowReader reader) {
        jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
                return null;
            }
        });
    }

    /** As the data came: intake's inpatient episodes are care of the Region or social data of the Kommun, housing is HOUSING. */
    private static DataCategory category(Alert a) {
        return switch (a.type()) {
            case HOUSING_LOST, PLACEMENT_ENDED_WITHOUT_AFTERCARE, PLACEMENT_ENDED_WITHOUT_CONTACT -> DataCategory.HOUSING;
            case PROGRAMME_END_WITHOUT_FOLLOW_UP -> DataCategory.FOLLOWUP;
            case INPATIENT_WITHOUT_AFTERCARE, NO_FIRST_VISIT ->
                    "REGION".equals(a.ownerOrg()) ? DataCategory.CARE : DataCategory.SOCIAL;
        };
    }
}
