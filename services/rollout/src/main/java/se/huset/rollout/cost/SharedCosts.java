package se.huset.rollout.cost;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Shared costs and their 50–50 split, per entry and summed per year. */
@Singleton
public class SharedCosts {

    private final JdbcOperations jdbc;
    private final Clock clock;

    public SharedCosts(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SharedCost> all() {
        return jdbc.prepareStatement(
                "select id, year, category, amount_sek, note from shared_cost order by year, category, created_at", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        List<SharedCost> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(new SharedCost(rs.getObject(1, UUID.class), rs.getInt(2),
                                    CostCategory.valueOf(rs.getString(3)), CostSplit.of(rs.getBigDecimal(4)),
                                    rs.getString(5)));
                        }
                        return out;
                    }
                });
    }

    /** Per year, the sum and each body's share (the sum of the per-entry shares, so the books agree). */
    public List<YearTotal> byYear(List<SharedCost> costs) {
        Map<Integer, BigDecimal[]> sums = new TreeMap<>();
        costs.forEach(c -> {
            BigDecimal[] s = sums.computeIfAbsent(c.year(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(c.split().total());
            s[1] = s[1].add(c.split().region());
            s[2] = s[2].add(c.split().kommun());
        });
        List<YearTotal> out = new ArrayList<>();
        sums.forEach((year, s) -> out.add(new YearTotal(year, new CostSplit(s[0], s[1], s[2]))));
        return out;
    }

    @Transactional
    public SharedCost enter(Staff staff, EnterCostRequest r) {
        CostCategory category;
        try {
            category = CostCategory.valueOf(r.category().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category",
                    "must be one of PREMISES, MANAGER, COMPETENCE_DEVELOPMENT, RESEARCH_EVALUATION, RUNNING_COSTS");
        }
        SharedCost cost = new SharedCost(UUID.randomUUID(), r.year(), category, CostSplit.of(r.amountSek()),
                r.note() == null || r.note().isBlank() ? null : r.note().strip());
        insert(cost, staff.username());
        return cost;
    }

    /** Also used by the demo data, with fixed ids. */
    public void insert(SharedCost c, String by) {
        jdbc.prepareStatement("""
                insert into shared_cost (id, year, category, amount_sek, note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", ps -> {
            ps.setObject(1, c.id());
            ps.setInt(2, c.year());
            ps.setString(3, c.category().name());
            ps.setBigDecimal(4, c.split().total());
            ps.setString(5, c.note());
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.setString(7, by);
            return ps.executeUpdate();
        });
    }

    @Serdeable
    public record YearTotal(int year, CostSplit split) {
    }
}
