package se.huset.followup.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.Urgency;
import se.huset.followup.schedule.BookingEvents;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.kit.list.Cursor;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-written: claims alerts with FOR UPDATE SKIP LOCKED and sweeps with set-based SQL, which generated queries
 * cannot express. The stored alerts. The sweep's statements are set-based and bounded by the raising window, so a
 * sweep over years of data reads only the recent events; a page is one range of an index on (status, priority,
 * since, id).
 */
@Singleton
public class AlertRepository {

    /** Whether the client was seen after the alert's event: any contact, an attended appointment, a follow-up done. */
    private static final String SEEN_AFTER = """
            (exists (select 1 from contact_episode e where e.client_id = %1$s.client_id and e.occurred_at > %1$s.occurred_at)
             or exists (select 1 from appointment_seen s where s.client_id = %1$s.client_id and s.status = 'ATTENDED'
                        and s.starts_at > %1$s.occurred_at)
             or exists (select 1 from follow_up f where f.client_id = %1$s.client_id and f.status = 'DONE'
                        and f.closed_at > %1$s.occurred_at))""";

    /** Whether a first visit was booked (or held) after the contact came in; cancelled and missed ones do not count. */
    private static final String FIRST_VISIT_AFTER = """
            exists (select 1 from appointment_seen s where s.client_id = %1$s.client_id and s.type = '"""
            + BookingEvents.FIRST_VISIT_TYPE + "' and s.status in ('BOOKED', 'ATTENDED') and s.booked_at > %1$s.occurred_at)";

    private static final String INSERT = """
            insert into alert (id, type, source_id, client_id, owner_org, priority, occurred_at, since, status)
            select gen_random_uuid(), ?, t.source_id, t.client_id, t.owner_org, ?, t.occurred_at, t.since, 'OPEN'
            from (%s) t where t.since <= ? and t.since >= ? and not %s
            on conflict (type, source_id) do nothing""";

    private final JdbcOperations jdbc;

    public AlertRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the alerts due by {@code now} and not before {@code from}; answers how many were raised. */
    public int raise(BetweenChairsRule rule, Instant now, ZoneId zone) {
        Instant from = rule.raiseFrom(now);
        int days = rule.graceDays();
        // the events' own columns are bounded too, so the indexes on them carry the window
        Duration grace = Duration.ofDays(days);
        Timestamp eventsFrom = Timestamp.from(from.minus(grace));
        int raised = 0;
        raised += raise(BetweenChairsRule.Type.INPATIENT_WITHOUT_AFTERCARE, """
                select contact_id as source_id, client_id, owner_org, occurred_at, occurred_at + make_interval(days => %d) as since
                from contact_episode where kind = 'INPATIENT_EPISODE' and client_id is not null and occurred_at >= ?"""
                .formatted(days), SEEN_AFTER, now, from, eventsFrom);
        raised += raise(BetweenChairsRule.Type.PROGRAMME_END_WITHOUT_FOLLOW_UP, """
                select id as source_id, client_id, owner_org, due_on::timestamp at time zone '%s' as occurred_at,
                       due_on::timestamp at time zone '%s' + make_interval(days => %d) as since
                from follow_up where kind = '%s' and status in ('DUE', 'MISSED') and due_on >= ?"""
                .formatted(zone.getId(), zone.getId(), days, FollowUpSchedule.END), SEEN_AFTER, now, from,
                Date.valueOf(LocalDate.ofInstant(from.minus(grace), zone).minusDays(1)));
        for (BetweenChairsRule.Type type : List.of(BetweenChairsRule.Type.HOUSING_LOST,
                BetweenChairsRule.Type.PLACEMENT_ENDED_WITHOUT_AFTERCARE)) {
            raised += raise(type, """
                    select placement_id as source_id, client_id, owner_org, occurred_at, occurred_at as since
                    from housing_ending where kind = '%s' and occurred_at >= ?""".formatted(type.name()), SEEN_AFTER,
                    now, from, Timestamp.from(from));
        }
        raised += raise(BetweenChairsRule.Type.PLACEMENT_ENDED_WITHOUT_CONTACT, """
                select placement_id as source_id, client_id, owner_org, occurred_at, occurred_at + make_interval(days => %d) as since
                from housing_ending where kind = '%s' and occurred_at >= ?"""
                .formatted(days, BetweenChairsRule.Type.PLACEMENT_ENDED_WITHOUT_CONTACT.name()), SEEN_AFTER, now, from, eventsFrom);
        // the first visit is due at the end of the last day its urgency allows, in the clinic's zone
        int longest = List.of(Urgency.values()).stream().mapToInt(rule::firstVisitDays).max().orElse(0);
        raised += raise(BetweenChairsRule.Type.NO_FIRST_VISIT, """
                select contact_id as source_id, client_id, owner_org, registered_at as occurred_at,
                       (((triaged_at at time zone '%1$s')::date + case urgency when 'ACUTE' then %2$d when 'SOON' then %3$d
                         else %4$d end + 1)::timestamp at time zone '%1$s') as since
                from triaged_contact where client_id is not null and triaged_at >= ?"""
                .formatted(zone.getId(), rule.firstVisitDays(Urgency.ACUTE), rule.firstVisitDays(Urgency.SOON),
                        rule.firstVisitDays(Urgency.PLANNED)), FIRST_VISIT_AFTER, now, from,
                Timestamp.from(from.minus(Duration.ofDays(longest + 2L))));
        return raised;
    }

    /** Programme ends and how many of them the client was seen after: the part and the whole of a share. */
    public record EndsSeen(long seen, long ends) {
    }

    /** The programme ends (END follow-ups) due on or before {@code lastEnd}, and those the client was seen after. */
    public EndsSeen programmeEndsSeen(LocalDate lastEnd, ZoneId zone) {
        String ends = "select client_id, due_on::timestamp at time zone '%s' as occurred_at from follow_up where kind = '%s' and due_on <= ?"
                .formatted(zone.getId(), FollowUpSchedule.END);
        return jdbc.prepareStatement("select count(*) filter (where %s), count(*) from (%s) t"
                .formatted(SEEN_AFTER.formatted("t"), ends), ps -> {
            ps.setDate(1, Date.valueOf(lastEnd));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new EndsSeen(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /** {@code candidates} has one parameter, the earliest event time (or day) worth reading. */
    private int raise(BetweenChairsRule.Type type, String candidates, String met, Instant now, Instant from, Object eventsFrom) {
        String sql = INSERT.formatted(candidates, met.formatted("t"));
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, type.name());
            ps.setInt(2, type.priority());
            ps.setObject(3, eventsFrom);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(from));
            return ps.executeUpdate();
        });
    }

    /**
     * Closes the alerts whose condition is met, rows a colleague is changing right now skipped (the next sweep
     * takes them); answers how many were closed.
     */
    public int closeMet(Instant now) {
        int closed = 0;
        closed += closeWhere(CloseReason.CLIENT_DECLINED, "a.type = 'PROGRAMME_END_WITHOUT_FOLLOW_UP' and exists "
                + "(select 1 from follow_up f where f.id = a.source_id and f.status = 'DECLINED')", now);
        closed += closeWhere(CloseReason.NOT_RELEVANT, "a.type = 'NO_FIRST_VISIT' and not exists "
                + "(select 1 from triaged_contact c where c.contact_id = a.source_id)", now);
        closed += closeWhere(CloseReason.FIRST_VISIT_BOOKED, "a.type = 'NO_FIRST_VISIT' and " + FIRST_VISIT_AFTER.formatted("a"), now);
        closed += closeWhere(CloseReason.CONTACT_MADE, "a.type <> 'NO_FIRST_VISIT' and " + SEEN_AFTER.formatted("a"), now);
        return closed;
    }

    private int closeWhere(CloseReason reason, String condition, Instant now) {
        return jdbc.prepareStatement("""
                update alert set status = 'CLOSED', closed_at = ?, closed_by = null, close_reason = ?
                where id in (select a.id from alert a where a.status <> 'CLOSED' and %s for update skip locked)"""
                .formatted(condition), ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, reason.name());
            return ps.executeUpdate();
        });
    }

    /**
     * A first visit closed the alert by itself and was then cancelled or missed: the contact waits again, so the
     * alert opens again. One a person closed stays closed.
     */
    public int reopenUnbooked() {
        return jdbc.prepareStatement("""
                update alert set status = 'OPEN', closed_at = null, close_reason = null
                where id in (select a.id from alert a where a.type = 'NO_FIRST_VISIT' and a.status = 'CLOSED'
                             and a.close_reason = 'FIRST_VISIT_BOOKED' and a.closed_by is null
                             and exists (select 1 from triaged_contact c where c.contact_id = a.source_id)
                             and not %s for update skip locked)""".formatted(FIRST_VISIT_AFTER.formatted("a")),
                PreparedStatement::executeUpdate);
    }

    /** What a page of the worklist is filtered by; null means not filtered. */
    public record Filter(AlertStatus status, @Nullable BetweenChairsRule.Type type, @Nullable String ownerOrg,
                         @Nullable String assignedTo, @Nullable Instant sinceFrom, @Nullable Instant sinceBefore) {
    }

    /** One page, most urgent type first and within it the oldest; {@code fetch} rows after the cursor. */
    public List<Alert> page(Filter f, @Nullable Cursor after, int fetch) {
        StringBuilder sql = new StringBuilder("select * from alert where status = ?");
        List<Object> params = new ArrayList<>(List.of(f.status().name()));
        if (f.type() != null) {
            // the priority follows the type: asking both keeps the index range exact
            sql.append(" and type = ? and priority = ?");
            params.add(f.type().name());
            params.add(f.type().priority());
        }
        if (f.ownerOrg() != null) {
            sql.append(" and owner_org = ?");
            params.add(f.ownerOrg());
        }
        if (f.assignedTo() != null) {
            sql.append(" and assigned_to = ?");
            params.add(f.assignedTo());
        }
        if (f.sinceFrom() != null) {
            sql.append(" and since >= ?");
            params.add(Timestamp.from(f.sinceFrom()));
        }
        if (f.sinceBefore() != null) {
            sql.append(" and since < ?");
            params.add(Timestamp.from(f.sinceBefore()));
        }
        if (after != null) {
            sql.append(" and (priority, since, id) > (?, ?, ?)");
            params.add((int) after.number(0));
            params.add(Timestamp.from(after.instant(1)));
            params.add(after.uuid(2));
        }
        sql.append(" order by priority, since, id limit ?");
        params.add(fetch);
        return query(sql.toString(), params);
    }

    /** The alerts of one body that nobody has acknowledged yet: the count a team works down. */
    public long countOpen(String ownerOrg) {
        return jdbc.prepareStatement("select count(*) from alert where owner_org = ? and status = 'OPEN'", ps -> {
            ps.setString(1, ownerOrg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** All alerts not closed, of both bodies: for the steering group's figure. */
    public long countUnclosed() {
        return jdbc.prepareStatement("select count(*) from alert where status <> 'CLOSED'", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The client's alerts not yet closed, newest first (index alert_client_unclosed). */
    public List<Alert> unclosedForClient(UUID clientId) {
        return query("select * from alert where client_id = ? and status <> 'CLOSED' order by since desc, id desc",
                List.of(clientId));
    }

    public Optional<Alert> find(UUID id) {
        return query("select * from alert where id = ?", List.of(id)).stream().findFirst();
    }

    /** The row locked for a staff action, so a concurrent sweep or colleague waits or skips it. */
    public Optional<Alert> lock(UUID id) {
        return query("select * from alert where id = ? for update", List.of(id)).stream().findFirst();
    }

    public void assign(UUID id, String username) {
        update("update alert set assigned_to = ? where id = ?", username, id);
    }

    public void acknowledge(UUID id, String username, Instant at) {
        update("update alert set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, "
                + "assigned_to = coalesce(assigned_to, ?) where id = ?", username, Timestamp.from(at), username, id);
    }

    public void close(UUID id, String username, CloseReason reason, Instant at) {
        update("update alert set status = 'CLOSED', closed_by = ?, closed_at = ?, close_reason = ? where id = ?",
                username, Timestamp.from(at), reason.name(), id);
    }

    /** For demo data and tests: an alert as it stands, inserted once. */
    public void insert(Alert a) {
        update("""
                insert into alert (id, type, source_id, client_id, owner_org, priority, occurred_at, since, status, assigned_to,
                    acknowledged_by, acknowledged_at, closed_at, closed_by, close_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                a.id(), a.type().name(), a.sourceId(), a.clientId(), a.ownerOrg(), a.type().priority(),
                Timestamp.from(a.occurredAt()), Timestamp.from(a.since()), a.status().name(), a.assignedTo(),
                a.acknowledgedBy(), a.acknowledgedAt() == null ? null : Timestamp.from(a.acknowledgedAt()),
                a.closedAt() == null ? null : Timestamp.from(a.closedAt()), a.closedBy(),
                a.closeReason() == null ? null : a.closeReason().name());
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        });
    }

    private List<Alert> query(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Alert> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    private static Alert row(ResultSet rs) throws SQLException {
        String reason = rs.getString("close_reason");
        return new Alert(rs.getObject("id", UUID.class), BetweenChairsRule.Type.valueOf(rs.getString("type")),
                rs.getObject("source_id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("owner_org"),
                instant(rs, "occurred_at"), instant(rs, "since"), AlertStatus.valueOf(rs.getString("status")),
                rs.getString("assigned_to"), rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"),
                instant(rs, "closed_at"), rs.getString("closed_by"), reason == null ? null : CloseReason.valueOf(reason));
    }

    @Nullable
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
