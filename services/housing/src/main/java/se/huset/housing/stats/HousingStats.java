package se.huset.housing.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.housing.placement.EndReason;
import se.huset.housing.unit.Unit;
import se.huset.housing.unit.UnitRepository;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.HousingStatsDocument;
import se.huset.kit.stats.SmallCells;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Housing's aggregates for the steering group: counts and rates only, never identities, small cells suppressed. */
@Singleton
@Transactional(readOnly = true)
public class HousingStats {

    private final JdbcOperations jdbc;
    private final UnitRepository units;
    private final ExternalCosts costs;
    private final Clock clock;

    public HousingStats(JdbcOperations jdbc, UnitRepository units, ExternalCosts costs, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.costs = costs;
        this.clock = clock;
    }

    public HousingStatsDocument report(int months) {
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(months - 1L);
        java.sql.Date since = java.sql.Date.valueOf(from.atDay(1));

        Map<String, Figure> occupancy = new LinkedHashMap<>();
        for (Unit u : units.all()) {
            occupancy.put(u.name(), SmallCells.figure(SmallCells.count(u.occupied()), u.capacity(), 0));
        }

        List<Double> waits = jdbc.prepareStatement("""
                select extract(epoch from placed_at - requested_at) / 86400.0 from placement
                where placed_at is not null and placed_at >= ?""", ps -> {
            ps.setDate(1, since);
            List<Double> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getDouble(1));
                }
            }
            return values;
        });

        Map<String, Long> byReason = new LinkedHashMap<>();
        for (EndReason r : EndReason.values()) {
            byReason.put(r.name(), 0L);
        }
        long[] withPlan = new long[1];
        jdbc.prepareStatement("""
                select p.end_reason, count(*), count(a.placement_id) from placement p
                left join aftercare a on a.placement_id = p.id
                where p.status = 'ENDED' and p.end_reason is not null and p.ended_at >= ?
                group by p.end_reason""", ps -> {
            ps.setDate(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byReason.put(rs.getString(1), rs.getLong(2));
                    withPlan[0] += rs.getLong(3);
                }
            }
            return null;
        });
        long endings = SmallCells.total(byReason);

        return new HousingStatsDocument(months, occupancy,
                SmallCells.figure(SmallCells.median(waits), waits.size(), 0),
                SmallCells.figure(SmallCells.breakdown(byReason), endings, 0),
                SmallCells.figure(SmallCells.share(withPlan[0], endings), endings, 0),
                costs.perMonth(from, to));
    }
}
