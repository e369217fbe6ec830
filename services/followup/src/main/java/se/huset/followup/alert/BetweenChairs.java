package se.huset.followup.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The open between-chairs alerts, from the stored contacts, follow-ups and housing endings. */
@Singleton
public class BetweenChairs {

    static final String RESOURCE = "between-chairs-alert";

    private final BetweenChairsRule rule;
    private final JdbcOperations jdbc;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public BetweenChairs(JdbcOperations jdbc, ConsentGuard guard, FollowupSettings settings, Clock clock,
                         @Value("${huset.followup.between-chairs-days:14}") int days) {
        this.rule = new BetweenChairsRule(days);
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
        jdbc.prepareStatement("select client_id, kind, owner_org, occurred_at from contact_episode where client_id is not null", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID client = rs.getObject(1, UUID.class);
                    Instant at = rs.getTimestamp(4).toInstant();
                    contacts.computeIfAbsent(client, c -> new ArrayList<>()).add(at);
                    if (ContactKind.INPATIENT_EPISODE.name().equals(rs.getString(2))) {
                        triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE,
                                client, rs.getString(3), at));
                    }
                }
                return null;
            }
        });
        // a programme end counts as seen once its END follow-up is done, missed or declined
        jdbc.prepareStatement("select client_id, owner_org, due_on from follow_up where kind = ? and status = 'DUE'", ps -> {
            ps.setString(1, FollowUpSchedule.END);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.PROGRAMME_END_WITHOUT_FOLLOW_UP,
                            rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getDate(3).toLocalDate().atStartOfDay(settings.zone()).toInstant()));
                }
                return null;
            }
        });
        jdbc.prepareStatement("select client_id, owner_org, kind, occurred_at from housing_ending", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    triggers.add(new BetweenChairsRule.Trigger(BetweenChairsRule.Type.valueOf(rs.getString(3)),
                            rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(4).toInstant()));
                }
                return null;
            }
        });
        return rule.open(triggers, contacts, clock.instant());
    }

    /** As the data came: intake's inpatient episodes are care of the Region or social data of the Kommun, housing is HOUSING. */
    private static DataCategory category(Alert a) {
        return switch (a.type()) {
            case HOUSING_LOST, PLACEMENT_ENDED_WITHOUT_AFTERCARE -> DataCategory.HOUSING;
            case PROGRAMME_END_WITHOUT_FOLLOW_UP -> DataCategory.FOLLOWUP;
            case INPATIENT_WITHOUT_AFTERCARE -> "REGION".equals(a.ownerOrg()) ? DataCategory.CARE : DataCategory.SOCIAL;
        };
    }
}
