package se.huset.rollout.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Better;
import se.huset.contracts.stats.Unit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written: takes a transaction advisory lock and upserts the series with ON CONFLICT DO UPDATE. KPI
 * definitions, their time series and the state of each source, in SQL.
 */
@Singleton
public class KpiRepository {

    /** Key of the advisory lock that lets one replica at a time collect. */
    static final long COLLECT_LOCK = 0x726f6c6c6f7574L;

    /** The dashboard's KPI query: every KPI with its newest point. The bench times this SQL on its own. */
    public static final String LATEST = """
            select k.code, k.position, k.title, k.unit, k.source, k.field, k.target, k.better, k.reference,
                   k.reference_note, k.milestone, p.collected_at, p.source, p.value, p.target, p.n, p.suppressed
            from kpi k left join lateral (
                select collected_at, source, value, target, n, suppressed from kpi_point
                where kpi = k.code order by collected_at desc limit 1) p on true
            order by k.position""";

    /** The trend lines: one row per KPI and week. The bench times this SQL too. */
    public static final String WEEKLY = """
            select kpi, collected_at, source, value, target, n, suppressed from kpi_week
            where collected_at >= ? order by kpi, week_start""";

    private final JdbcOperations jdbc;

    public KpiRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<KpiDefinition> definitions() {
        return new ArrayList<>(latest().keySet());
    }

    /** Every KPI in order, each with its newest point or null. */
    public Map<KpiDefinition, KpiPoint> latest() {
        return jdbc.prepareStatement(LATEST, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                Map<KpiDefinition, KpiPoint> out = new LinkedHashMap<>();
                while (rs.next()) {
                    KpiDefinition d = new KpiDefinition(rs.getString(1), rs.getInt(2), rs.getString(3),
                            Unit.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getBigDecimal(7), Better.valueOf(rs.getString(8)), rs.getBigDecimal(9),
                            rs.getString(10), rs.getString(11));
                    Timestamp at = rs.getTimestamp(12);
                    out.put(d, at == null ? null : new KpiPoint(d.code(), at.toInstant(), rs.getString(13),
                            rs.getBigDecimal(14), rs.getBigDecimal(15), nullableLong(rs, 16), rs.getBoolean(17)));
                }
                return out;
            }
        });
    }

    /** The newest point of each week since {@code from}, per KPI, oldest first: the trend lines and the CSV. */
    public Map<String, List<KpiPoint>> weekly(Instant from) {
        return jdbc.prepareStatement(WEEKLY, ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, List<KpiPoint>> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new KpiPoint(rs.getString(1),
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            nullableLong(rs, 6), rs.getBoolean(7)));
                }
                return out;
            }
        });
    }

    /** Appends the point to the series and makes it its week's newest, unless a later one is already there. */
    public void add(KpiPoint point) {
        jdbc.prepareStatement("""
                insert into kpi_point (kpi, collected_at, source, value, target, n, suppressed)
                values (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, point.kpi());
            ps.setTimestamp(2, Timestamp.from(point.collectedAt()));
            ps.setString(3, point.source());
            ps.setBigDecimal(4, point.value());
            ps.setBigDecimal(5, point.target());
            setLong(ps, 6, point.n());
            ps.setBoolean(7, point.suppressed());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("""
                insert into kpi_week (kpi, week_start, collected_at, source, value, target, n, suppressed)
                values (?, date_trunc('week', ?::timestamptz at time zone 'Europe/Stockholm')::date, ?, ?, ?, ?, ?, ?)
                on conflict (kpi, week_start) do update set collected_at = excluded.collected_at,
                    source = excluded.source, value = excluded.value, target = excluded.target, n = excluded.n,
                    suppressed = excluded.suppressed
                where excluded.collected_at >= kpi_week.collected_at""", ps -> {
            ps.setString(1, point.kpi());
            ps.setTimestamp(2, Timestamp.from(point.collectedAt()));
            ps.setTimestamp(3, Timestamp.from(point.collectedAt()));
            ps.setString(4, point.source());
            ps.setBigDecimal(5, point.value());
            ps.setBigDecimal(6, point.target());
            setLong(ps, 7, point.n());
            ps.setBoolean(8, point.suppressed());
            return ps.executeUpdate();
        });
    }

    public void sourceAttempt(String source, Instant at, boolean available, @Nullable String problem) {
        jdbc.prepareStatement("""
                insert into kpi_source (source, last_attempt_at, last_success_at, available, problem)
                values (?, ?, case when ? then ?::timestamptz end, ?, ?)
                on conflict (source) do update set last_attempt_at = excluded.last_attempt_at,
                    last_success_at = coalesce(excluded.last_success_at, kpi_source.last_success_at),
                    available = excluded.available, problem = excluded.problem""", ps -> {
            ps.setString(1, source);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setBoolean(3, available);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setBoolean(5, available);
            ps.setString(6, problem);
            return ps.executeUpdate();
        });
    }

    public Map<String, SourceState> sources() {
        return jdbc.prepareStatement(
                "select source, last_attempt_at, last_success_at, available, problem from kpi_source order by source", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        Map<String, SourceState> out = new LinkedHashMap<>();
                        while (rs.next()) {
                            Timestamp success = rs.getTimestamp(3);
                            out.put(rs.getString(1), new SourceState(rs.getString(1), rs.getTimestamp(2).toInstant(),
                                    success == null ? null : success.toInstant(), rs.getBoolean(4), rs.getString(5)));
                        }
                        return out;
                    }
                });
    }

    /** When the last collection round ran, whichever replica ran it. */
    @Nullable
    public Instant lastRound() {
        return jdbc.prepareStatement("select max(last_attempt_at) from kpi_source", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp at = rs.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        });
    }

    /** Only one replica collects at a time; the lock ends with the transaction (re-taking it is harmless). */
    public boolean tryCollectLock() {
        return jdbc.prepareStatement("select pg_try_advisory_xact_lock(?)", ps -> {
            ps.setLong(1, COLLECT_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    @Nullable
    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
