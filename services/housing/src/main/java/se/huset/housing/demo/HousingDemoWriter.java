package se.huset.housing.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.HousingLost;
import se.huset.contracts.events.PlacementEnded;
import se.huset.contracts.events.PlacementStarted;
import se.huset.housing.decision.Decision;
import se.huset.housing.placement.Placement;
import se.huset.housing.placement.PlacementStatus;
import se.huset.housing.unit.ManagingUnits;
import se.huset.housing.unit.Unit;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.demo.JdbcBatches;
import se.huset.kit.events.Outbox;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link HousingHistory} in one transaction: the units through {@link ManagingUnits} (a handful), then
 * the history's rows in JDBC batches (its decisions are casework's, there already), since the use cases stamp every row with the clock's now and a history lies
 * in the past. The events the use cases would have published go to the outbox in time order, so the services
 * reading housing's feed (follow-up's between-chairs alerts) learn the history too; the audit rows go in by COPY.
 */
@Singleton
class HousingDemoWriter {

    /** appendHistory builds its rows in memory: some tens of thousands at a time. */
    private static final int AUDIT_CHUNK = 20_000;

    private final JdbcOperations jdbc;
    private final ManagingUnits managing;
    private final Outbox outbox;
    private final AuditLog audit;

    HousingDemoWriter(JdbcOperations jdbc, ManagingUnits managing, Outbox outbox, AuditLog audit) {
        this.jdbc = jdbc;
        this.managing = managing;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public HousingHistory write(DemoScale scale, List<ClientFact> clients, List<Decision> decisions, Instant now) {
        List<Unit> units = DemoUnit.of(scale).stream().map(u -> managing.create(u.request())).toList();
        HousingHistory history = HousingHistory.plan(scale, units, clients, decisions, now);
        Map<String, Long> places = places();
        JdbcBatches.write(jdbc, """
                insert into placement (id, client_id, unit_id, place_id, decision_id, owner_org, coordinator, status,
                                       requested_at, placed_at, ended_at, end_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", history.placements(), (ps, p) -> {
            ps.setObject(1, p.id());
            ps.setObject(2, p.clientId());
            ps.setObject(3, p.unitId());
            ps.setObject(4, p.placeNumber() == null ? null : places.get(place(p.unitId(), p.placeNumber())));
            ps.setObject(5, p.decisionId());
            ps.setString(6, p.ownerOrg().name());
            ps.setString(7, p.coordinator());
            ps.setString(8, p.status().name());
            ps.setTimestamp(9, Timestamp.from(p.requestedAt()));
            ps.setTimestamp(10, timestamp(p.placedAt()));
            ps.setTimestamp(11, timestamp(p.endedAt()));
            ps.setString(12, p.endReason() == null ? null : p.endReason().name());
        });
        List<Placement> moved = history.placements().stream().filter(p -> p.placedAt() != null).toList();
        JdbcBatches.write(jdbc, "insert into stay (placement_id, unit_id, started_at, ended_at) values (?, ?, ?, ?)", moved, (ps, p) -> {
            ps.setObject(1, p.id());
            ps.setObject(2, p.unitId());
            ps.setTimestamp(3, Timestamp.from(p.placedAt()));
            ps.setTimestamp(4, timestamp(p.endedAt()));
        });
        JdbcBatches.write(jdbc, "update place set occupied_by = ? where id = ?",
                moved.stream().filter(p -> p.status() == PlacementStatus.PLACED).toList(), (ps, p) -> {
                    ps.setObject(1, p.id());
                    ps.setLong(2, places.get(place(p.unitId(), p.placeNumber())));
                });
        JdbcBatches.write(jdbc, """
                insert into aftercare (placement_id, owner_staff, owner_org, next_housing, occupation, network,
                                       follow_up_date)
                values (?, ?, ?, ?, ?, ?, ?)""", moved.stream().filter(p -> p.aftercare() != null).toList(), (ps, p) -> {
            ps.setObject(1, p.id());
            ps.setString(2, p.aftercare().ownerStaff());
            ps.setString(3, p.aftercare().ownerOrg().name());
            ps.setString(4, p.aftercare().nextHousing());
            ps.setString(5, p.aftercare().occupation());
            ps.setString(6, p.aftercare().network());
            ps.setDate(7, Date.valueOf(p.aftercare().followUpDate()));
        });
        JdbcBatches.write(jdbc, """
                insert into alert (id, placement_id, client_id, unit_id, reason, coordinator, owner_org, raised_at,
                                   acknowledged_by, acknowledged_at, closed_by, closed_at, close_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", history.alerts(), (ps, a) -> {
            ps.setObject(1, a.id());
            ps.setObject(2, a.placementId());
            ps.setObject(3, a.clientId());
            ps.setObject(4, a.unitId());
            ps.setString(5, a.reason());
            ps.setString(6, a.coordinator());
            ps.setString(7, a.ownerOrg().name());
            ps.setTimestamp(8, Timestamp.from(a.raisedAt()));
            ps.setString(9, a.acknowledgedBy());
            ps.setTimestamp(10, timestamp(a.acknowledgedAt()));
            ps.setString(11, a.closedBy());
            ps.setTimestamp(12, timestamp(a.closedAt()));
            ps.setString(13, a.closeReason());
        });
        publish(history, units);
        List<AuditLog.PastAccess> accesses = history.accesses();
        for (int from = 0; from < accesses.size(); from += AUDIT_CHUNK) {
            audit.appendHistory(accesses.subList(from, Math.min(accesses.size(), from + AUDIT_CHUNK)));
        }
        return history;
    }

    private record Event(Instant at, String type, UUID placementId, Object payload) {
    }

    /** PlacementStarted, PlacementEnded and HousingLost as PlacingClient and EndingPlacement publish them. */
    private void publish(HousingHistory history, List<Unit> units) {
        Map<UUID, Unit> unitsById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Event> events = new ArrayList<>();
        for (Placement p : history.placements()) {
            String org = p.ownerOrg().name();
            if (p.placedAt() != null) {
                events.add(new Event(p.placedAt(), EventTypes.PLACEMENT_STARTED, p.id(), new PlacementStarted(p.id(),
                        p.clientId(), p.unitId(), unitsById.get(p.unitId()).type().name(), org, p.placedAt(), p.decisionId())));
            }
            if (p.endReason() != null) {
                events.add(new Event(p.endedAt(), EventTypes.PLACEMENT_ENDED, p.id(), new PlacementEnded(p.id(),
                        p.clientId(), p.unitId(), p.endReason().name(), p.aftercare() != null, org, p.endedAt())));
                if (p.endReason().housingLost()) {
                    events.add(new Event(p.endedAt(), EventTypes.HOUSING_LOST, p.id(), new HousingLost(p.id(),
                            p.clientId(), p.unitId(), p.endReason().name(), p.coordinator(), org, p.endedAt())));
                }
            }
        }
        events.sort(Comparator.comparing(Event::at));
        events.forEach(e -> outbox.publish(e.type(), e.placementId(), e.payload()));
    }

    /** Place ids by unit and number, for the planned place numbers. */
    private Map<String, Long> places() {
        return jdbc.prepareStatement("select id, unit_id, number from place", ps -> {
            Map<String, Long> ids = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(place(rs.getObject(2, UUID.class), rs.getInt(3)), rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static String place(UUID unitId, int number) {
        return unitId + "/" + number;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
