package se.huset.casework.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.casework.actualisation.ActualisationSource;
import se.huset.casework.decision.EnforcementDeadline;
import se.huset.casework.decision.Intervention;
import se.huset.casework.investigation.Law;
import se.huset.contracts.stats.CaseworkStatsDocument;
import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Casework's aggregates for the steering group: counts, shares and medians only, small cells suppressed. */
@Singleton
@Transactional(readOnly = true)
public class CaseworkStats {

    /** How often a person was actualised, grouped as the Söderhamn report groups them (2024, tabell 1 and 3). */
    static final List<String> ACTUALISATION_GROUPS = List.of("1", "2", "3-6", "7-11", "12+");

    private final JdbcOperations jdbc;
    private final Clock clock;

    public CaseworkStats(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CaseworkStatsDocument report(int months) {
        LocalDate today = LocalDate.now(clock);
        Date since = Date.valueOf(YearMonth.from(today).minusMonths(months - 1L).atDay(1));
        return new CaseworkStatsDocument(months, bySource(since), personsByActualisations(since),
                leadingToInvestigation(since), daysToAssessment(since), investigationDays(since),
                granted(since), unenforced(today));
    }

    private Figure bySource(Date since) {
        Map<String, Long> counts = zeros(ActualisationSource.values());
        jdbc.prepareStatement("select source, count(*) from actualisation where received_at >= ? group by source", ps -> {
            ps.setDate(1, since);
            return fill(ps.executeQuery(), counts);
        });
        return SmallCells.figure(SmallCells.breakdown(counts), SmallCells.total(counts), 0);
    }

    /** Persons by how many actualisations they had; matters that name no client yet are the missing ones. */
    private Figure personsByActualisations(Date since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ACTUALISATION_GROUPS.forEach(g -> counts.put(g, 0L));
        jdbc.prepareStatement("""
                select case when n = 1 then '1' when n = 2 then '2' when n <= 6 then '3-6' when n <= 11 then '7-11'
                            else '12+' end, count(*)
                from (select count(*) n from actualisation where received_at >= ? and client_id is not null
                      group by client_id) per_person group by 1""", ps -> {
            ps.setDate(1, since);
            return fill(ps.executeQuery(), counts);
        });
        long unnamed = single("select count(*) from actualisation where received_at >= ? and client_id is null", since);
        return SmallCells.figure(SmallCells.breakdown(counts), SmallCells.total(counts), unnamed);
    }

    private Figure leadingToInvestigation(Date since) {
        long[] counts = jdbc.prepareStatement("""
                select count(*) filter (where opened), count(*) filter (where assessed_at is not null), count(*)
                from actualisation where received_at >= ?""", ps -> {
            ps.setDate(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        });
        return SmallCells.figure(SmallCells.share(counts[0], counts[1]), counts[1], counts[2] - counts[1]);
    }

    private Figure daysToAssessment(Date since) {
        double[] median = jdbc.prepareStatement("""
                select percentile_cont(0.5) within group (order by extract(epoch from assessed_at - received_at) / 86400.0),
                       count(*)
                from actualisation where received_at >= ? and assessed_at is not null""", ps -> {
            ps.setDate(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new double[] {rs.getDouble(1), rs.getLong(2)};
            }
        });
        return SmallCells.figure(SmallCells.median(median[0], (long) median[1]), (long) median[1], 0);
    }

    private Figure investigationDays(Date since) {
        Map<String, Object> medians = new LinkedHashMap<>();
        long[] total = new long[1];
        for (Law law : Law.values()) {
            medians.put(law.name(), SmallCells.SUPPRESSED);
        }
        jdbc.prepareStatement("""
                select law, percentile_cont(0.5) within group (order by closed_on - opened_on), count(*)
                from investigation where closed_on >= ? group by law""", ps -> {
            ps.setDate(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    medians.put(rs.getString(1), SmallCells.median(rs.getDouble(2), rs.getLong(3)));
                    total[0] += rs.getLong(3);
                }
            }
            return null;
        });
        return SmallCells.figure(medians, total[0], 0);
    }

    private Figure granted(Date since) {
        Map<String, Long> counts = zeros(Intervention.values());
        jdbc.prepareStatement("select intervention, count(*) from decision where granted and decided_on >= ? "
                + "group by intervention", ps -> {
            ps.setDate(1, since);
            return fill(ps.executeQuery(), counts);
        });
        return SmallCells.figure(SmallCells.breakdown(counts), SmallCells.total(counts), 0);
    }

    private Figure unenforced(LocalDate today) {
        long count = single("select count(*) from decision where granted and enforced_on is null and decided_on < ?",
                Date.valueOf(today.minusMonths(EnforcementDeadline.MONTHS)));
        return SmallCells.figure(SmallCells.count(count), count, 0);
    }

    private long single(String sql, Date parameter) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setDate(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            counts.put(v.name(), 0L);
        }
        return counts;
    }

    private static Void fill(ResultSet rs, Map<String, Long> counts) throws java.sql.SQLException {
        try (rs) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return null;
    }
}
