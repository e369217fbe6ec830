package se.huset.intake.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final OneWorkingDay oneWorkingDay;

    public IntakeStats(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.oneWorkingDay = new OneWorkingDay(ZoneId.of("Europe/Stockholm"));
    }

    public Report report(int weeks) {
        Instant now = clock.instant();
        Instant from = LocalDate.now(clock).minusWeeks(weeks).atStartOfDay(clock.getZone()).toInstant();
        return new Report("intake", now, weekly(from), triageTimes(now.minus(365, ChronoUnit.DAYS)),
                consentCoverage(now.minus(365, ChronoUnit.DAYS), LocalDate.now(clock)));
    }

    private List<Week> weekly(Instant from) {
        Map<String, Map<String, Map<String, Long>>> byWeek = new TreeMap<>();
        jdbc.prepareStatement("""
                select registered_at, channel, kind, referrer from contact where registered_at >= ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getTimestamp(1).toInstant().atZone(clock.getZone()).toLocalDate();
                    String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    Map<String, Map<String, Long>> dims = byWeek.computeIfAbsent(week, w -> new LinkedHashMap<>());
                    dims.computeIfAbsent("channel", d -> new TreeMap<>()).merge(rs.getString(2), 1L, Long::sum);
                    dims.computeIfAbsent("kind", d -> new TreeMap<>()).merge(rs.getString(3), 1L, Long::sum);
                    dims.computeIfAbsent("referrer", d -> new TreeMap<>()).merge(rs.getString(4), 1L, Long::sum);
                }
            }
            return null;
        });
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((week, dims) -> {
            long total = SmallCells.total(dims.get("channel"));
            weeks.add(new Week(week, Figure.of(SmallCells.count(total), total, 0),
                    SmallCells.breakdown(dims.get("channel")), SmallCells.breakdown(dims.get("kind")),
                    SmallCells.breakdown(dims.get("referrer"))));
        });
        return weeks;
    }

    private TriageTimes triageTimes(Instant from) {
        List<Double> minutes = new ArrayList<>();
        long[] counts = new long[3]; // contacts, untriaged, within one working day
        jdbc.prepareStatement("select registered_at, triaged_at from contact where registered_at >= ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[0]++;
                    Timestamp triaged = rs.getTimestamp(2);
                    if (triaged == null) {
                        counts[1]++;
                        continue;
                    }
                    Instant registered = rs.getTimestamp(1).toInstant();
                    minutes.add((double) Math.max(0, Duration.between(registered, triaged.toInstant()).toMinutes()));
                    if (oneWorkingDay.met(registered, triaged.toInstant())) {
                        counts[2]++;
                    }
                }
            }
            return null;
        });
        long triaged = minutes.size();
        return new TriageTimes(Figure.of(SmallCells.median(minutes), triaged, counts[1]),
                Figure.of(SmallCells.share(counts[2], triaged), triaged, counts[1]));
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
        return Figure.of(SmallCells.share(counts[1], counts[0]), counts[0], 0);
    }

    @Serdeable
    public record Report(String service, Instant generatedAt, List<Week> contactsPerWeek, TriageTimes triage,
                         Figure activeClientsWithConsentCoveringBothOrgs) {
    }

    @Serdeable
    public record Week(String week, Figure contacts, Map<String, Object> byChannel, Map<String, Object> byKind,
                       Map<String, Object> byReferrer) {
    }

    @Serdeable
    public record TriageTimes(Figure medianMinutesToTriage, Figure shareTriagedWithinOneWorkingDay) {
    }
}
