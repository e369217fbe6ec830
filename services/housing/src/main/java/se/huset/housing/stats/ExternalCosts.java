package se.huset.housing.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What external placements (HVB, SiS, family homes) cost per month and per paying body: nights in the month times
 * the cost per day of the unit each stay was in (a move to or from an external home counts only its own nights),
 * for the 50–50 funding question. In the funding report a body's cost resting on fewer than five placements is
 * suppressed like any small cell: in a small town one placement's cost points at one person. The stats' monthly
 * total is money, not a count of persons, so it is always shown (its n, the placements, is still hidden when small).
 */
@Singleton
@Transactional(readOnly = true)
public class ExternalCosts {

    private final JdbcOperations jdbc;
    private final Clock clock;

    public ExternalCosts(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One month and body: the cost in SEK and how many placements it rests on. */
    record Cell(String month, String org, BigDecimal cost, long placements) {
    }

    @Serdeable
    public record Month(String month, Map<String, Figure> byOrg, Figure total) {
    }

    @Serdeable
    public record Report(String from, String to, List<Month> months, Map<String, Figure> totalByOrg) {
    }

    public Report report(YearMonth from, YearMonth to) {
        List<Cell> cells = cells(from, to);
        List<Month> months = new ArrayList<>();
        byMonth(cells, from, to).forEach((month, list) -> {
            Map<String, Figure> orgs = new LinkedHashMap<>();
            list.forEach(c -> orgs.put(c.org(), figure(c.cost(), c.placements())));
            months.add(new Month(month, orgs, figure(sum(list), list.stream().mapToLong(Cell::placements).sum())));
        });
        Map<String, List<Cell>> byOrg = new TreeMap<>();
        cells.forEach(c -> byOrg.computeIfAbsent(c.org(), k -> new ArrayList<>()).add(c));
        Map<String, Figure> totals = new LinkedHashMap<>();
        byOrg.forEach((org, list) -> totals.put(org, figure(sum(list), distinctPlacements(org, from, to))));
        return new Report(from.toString(), to.toString(), months, totals);
    }

    /** The total external cost of each month, oldest first, for the stats. */
    public Map<String, Figure> perMonth(YearMonth from, YearMonth to) {
        Map<String, Figure> out = new LinkedHashMap<>();
        byMonth(cells(from, to), from, to).forEach((month, list) -> out.put(month,
                SmallCells.figure(sum(list), list.stream().mapToLong(Cell::placements).sum(), 0)));
        return out;
    }

    /** The cells by month, every month of the period present (oldest first), also those without a placement. */
    private static Map<String, List<Cell>> byMonth(List<Cell> cells, YearMonth from, YearMonth to) {
        Map<String, List<Cell>> byMonth = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new ArrayList<>());
        }
        cells.forEach(c -> byMonth.get(c.month()).add(c));
        return byMonth;
    }

    private static Figure figure(BigDecimal cost, long placements) {
        Object value = SmallCells.small(placements) ? SmallCells.SUPPRESSED : cost;
        return SmallCells.figure(value, placements, 0);
    }

    private static BigDecimal sum(List<Cell> cells) {
        return cells.stream().map(Cell::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Nights of each stay in an external unit (until today for those still there), cut to each month. */
    private static final String NIGHTS = """
            with months as (
                select m::date as m_start, (m + interval '1 month')::date as m_end
                from generate_series(?::date, ?::date, interval '1 month') m),
            stays as (
                select p.id, p.owner_org, u.cost_per_day,
                       (st.started_at at time zone 'Europe/Stockholm')::date as s,
                       coalesce((st.ended_at at time zone 'Europe/Stockholm')::date, ?::date) as e
                from stay st join placement p on p.id = st.placement_id join unit u on u.id = st.unit_id
                where u.cost_per_day is not null)
            """;

    private List<Cell> cells(YearMonth from, YearMonth to) {
        return jdbc.prepareStatement(NIGHTS + """
                select to_char(m_start, 'YYYY-MM') as month, owner_org, count(distinct id) as placements,
                       sum((least(e, m_end) - greatest(s, m_start)) * cost_per_day) as cost
                from months join stays on s < m_end and e > m_start and e > s
                group by m_start, owner_org order by m_start, owner_org""", ps -> {
            bind(ps, from, to);
            List<Cell> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Cell(rs.getString("month"), rs.getString("owner_org"), rs.getBigDecimal("cost"),
                            rs.getLong("placements")));
                }
            }
            return rows;
        });
    }

    private long distinctPlacements(String org, YearMonth from, YearMonth to) {
        return jdbc.prepareStatement(NIGHTS + """
                select count(distinct id) from months join stays on s < m_end and e > m_start and e > s
                where owner_org = ?""", ps -> {
            bind(ps, from, to);
            ps.setString(4, org);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void bind(java.sql.PreparedStatement ps, YearMonth from, YearMonth to) throws java.sql.SQLException {
        ps.setDate(1, Date.valueOf(from.atDay(1)));
        ps.setDate(2, Date.valueOf(to.atDay(1)));
        ps.setDate(3, Date.valueOf(LocalDate.now(clock)));
    }
}
