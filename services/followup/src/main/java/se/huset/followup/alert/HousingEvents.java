package se.huset.followup.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.HousingLost;
import se.huset.contracts.events.PlacementEnded;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Reads housing's feed for the ends of housing after which the client must be seen (a between-chairs alert if not). */
@Singleton
public class HousingEvents extends FeedSubscription {

    private final JdbcOperations jdbc;
    private final EventPayloads payloads;

    public HousingEvents(JdbcOperations jdbc, EventPayloads payloads, @Value("${huset.housing-url}") String baseUrl) {
        super("housing", "housing/between-chairs", baseUrl);
        this.jdbc = jdbc;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (EventTypes.HOUSING_LOST.equals(event.type())) {
            HousingLost lost = payloads.read(event, HousingLost.class);
            insert(lost.placementId(), lost.clientId(), lost.ownerOrg(), BetweenChairsRule.Type.HOUSING_LOST, lost.lostAt());
        } else if (EventTypes.PLACEMENT_ENDED.equals(event.type())) {
            PlacementEnded ended = payloads.read(event, PlacementEnded.class);
            // with an aftercare plan the client must still be seen within the days; without one it is an alarm at once
            insert(ended.placementId(), ended.clientId(), ended.ownerOrg(), ended.aftercarePlan()
                    ? BetweenChairsRule.Type.PLACEMENT_ENDED_WITHOUT_CONTACT
                    : BetweenChairsRule.Type.PLACEMENT_ENDED_WITHOUT_AFTERCARE, ended.endedAt());
        }
    }

    private void insert(UUID placement, UUID client, String org, BetweenChairsRule.Type type, Instant at) {
        jdbc.prepareStatement("""
                insert into housing_ending (placement_id, client_id, owner_org, kind, occurred_at) values (?, ?, ?, ?, ?)
                on conflict (placement_id) do nothing""", ps -> {
            ps.setObject(1, placement);
            ps.setObject(2, client);
            ps.setString(3, org);
            ps.setString(4, type.name());
            ps.setTimestamp(5, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }
}
