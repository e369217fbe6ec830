package se.huset.intake.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Figure;
import se.huset.contracts.stats.IntakeStatsDocument;
import se.huset.contracts.stats.IntakeStatsDocument.TriageTimes;
import se.huset.contracts.stats.IntakeStatsDocument.Week;
import se.huset.kit.stats.SmallCells;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.time.ClinicTime;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Intake's aggregates for the steering group: counts and rates only, never identities, small cells suppressed.
 */
@Singleton
@Transactional(readOnly = true)
public class IntakeStats {


    private final JdbcOperations jdbc;
    private final Clock clock;

    public IntakeStats(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock.withZone(ClinicTime.ZONE);
    }

    public IntakeStatsDocument report(int weeks) {
        Instant now = clock.instant();
        Instant from = LocalDate.now(clock).minusWeeks(weeks).atStartOfDay(clock.getZone()).toInstant();
        Instant activeSince = now.minus(365, ChronoUnit.DAYS);
        return new IntakeStatsDocument("intake", now, weekly(from), triageTimes(activeSince),
                consentCoverage(activeSince, LocalDate.now(clock)), coordinatorCoverage(activeSince));
    }

    /**
     * Counted per ISO week (local time) and dimension in PostgreSQL: a year of contacts never enters the heap. Every
     * week from {@code from} to now is listed, a week without contacts too, so the last whole week is always the
     * one before the week in progress and never an older one.
     */
    private List<Week> weekly(Instant from) {
        Map<String, Map<String, Map<String, Long>>> byWeek = new TreeMap<>();
        for (LocalDate day = from.atZone(clock.getZone()).toLocalDate(); !day.isAfter(LocalDate.now(clock));
             day = day.plusWeeks(1)) {
            byWeek.put(isoWeek(day), new LinkedHashMap<>());
        }
        jdbc.prepareStatement("""
                select to_char(registered_at at time zone ?, 'IYYY-"W"IW'), channel, kind, referrer, count(*)
                from contact where registered_at >= ? group by 1, 2, 3, 4""", ps -> {
            ps.setString(1, ClinicTime.ZONE.getId());
            ps.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Map<String, Long>> dims = byWeek.computeIfAbsent(rs.getString(1), w -> new LinkedHashMap<>());
                    long contacts = rs.getLong(5);
                    dims.computeIfAbsent("channel", d -> new TreeMap<>()).merge(rs.getString(2), contacts, Long::sum);
                    dims.computeIfAbsent("kind", d -> new TreeMap<>()).merge(rs.getString(3), contacts, Long::sum);
                    dims.computeIfAbsent("referrer", d -> new TreeMap<>()).merge(rs.getString(4), contacts, Long::sum);
                }
            }
            return null;
        });
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((week, dims) -> {
            long total = SmallCells.total(dims.getOrDefault("channel", Map.of()));
            weeks.add(new Week(week, SmallCells.figure(SmallCells.count(total), total, 0),
                    SmallCells.breakdown(dims.getOrDefault("channel", Map.of())),
                    SmallCells.breakdown(dims.getOrDefault("kind", Map.of())),
                    SmallCells.breakdown(dims.getOrDefault("referrer", Map.of()))));
        });
        return weeks;
    }

    /** The ISO week label PostgreSQL's {@code IYYY-"W"IW} gives, so both kinds of week meet in one map. */
    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Minutes from registration to triage (whole minutes, median) and the one-working-day share, in PostgreSQL. */
    private TriageTimes triageTimes(Instant from) {
        return jdbc.prepareStatement("""
                select count(*) filter (where triaged_at is not null),
                       count(*) filter (where triaged_at is null),
                       count(*) filter (where triaged_at <= one_working_day_deadline(registered_at)),
                       percentile_cont(0.5) within group (
                           order by greatest(0, trunc(extract(epoch from triaged_at - registered_at) / 60)))
                           filter (where triaged_at is not null)
                from contact where registered_at >= ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long triaged = rs.getLong(1);
                long untriaged = rs.getLong(2);
                return new TriageTimes(SmallCells.figure(SmallCells.median(rs.getDouble(4), triaged), triaged, untriaged),
                        SmallCells.figure(SmallCells.share(rs.getLong(3), triaged), triaged, untriaged));
            }
        });
    }

    /**
     * Active clients (a contact in the last 12 months) whose active consent names the body that does not own
     * their identity, so both bodies can coordinate.
     */
    private Figure consentCoverage(Instant activeSince, LocalDate today) {
        long[] counts = jdbc.prepareStatement("""
                with active as (
                    select distinct cl.id, cl.owner_org from client cl join contact c on c.client_id = cl.id
                    where c.registered_at >= ?)
                select count(*),
                       count(*) filter (where exists (
                           select 1 from consent s where s.client_id = a.id and s.revoked_at is null
                             and s.valid_until >= ? and s.purpose = 'CARE_COORDINATION'
                             and (case a.owner_org when 'REGION' then 'KOMMUN' else 'REGION' end) = any(s.recipient_orgs)))
                from active a""", ps -> {
            ps.setTimestamp(1, Timestamp.from(activeSince));
            ps.setObject(2, today);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        return SmallCells.figure(SmallCells.share(counts[1], counts[0]), counts[0], 0);
    }

    /** Active clients (a contact in the last 12 months) with a named coordinator in either body. */
    private Figure coordinatorCoverage(Instant activeSince) {
        long[] counts = jdbc.prepareStatement("""
                with active as (
                    select distinct c.client_id as id from contact c
                    where c.client_id is not null and c.registered_at >= ?)
                select count(*),
                       count(*) filter (where exists (
                           select 1 from kit_care_relationship r where r.client_id = a.id and r.ref = ?
                             and r.ended_at is null))
                from active a""", ps -> {
            ps.setTimestamp(1, Timestamp.from(activeSince));
            ps.setString(2, CareRelationships.COORDINATOR_REF);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        return SmallCells.figure(SmallCells.share(counts[1], counts[0]), counts[0], 0);
    }
}
