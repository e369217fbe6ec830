package se.huset.booking.calendar;

import java.time.LocalTime;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.sql.ResultSet;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: upserts calendars with ON CONFLICT DO UPDATE and matches absences by tstzrange overlap. */
@Singleton
public class StaffCalendarRepository {

    private final JdbcOperations jdbc;

    public StaffCalendarRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(StaffCalendar c) {
        jdbc.prepareStatement("""
                insert into staff_calendar (username, display_name, org, unit, reception) values (?, ?, ?, ?, ?)
                on conflict (username) do update set display_name = excluded.display_name, org = excluded.org,
                    unit = excluded.unit, reception = excluded.reception""", ps -> {
            ps.setString(1, c.username());
            ps.setString(2, c.displayName());
            ps.setString(3, c.org().name());
            ps.setString(4, c.unit());
            ps.setBoolean(5, c.reception());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("delete from working_hours where username = ?", ps -> {
            ps.setString(1, c.username());
            return ps.executeUpdate();
        });
        for (StaffCalendar.Hours h : c.hours()) {
            jdbc.prepareStatement("insert into working_hours (username, weekday, starts, ends) values (?, ?, ?, ?)", ps -> {
                ps.setString(1, c.username());
                ps.setInt(2, DayOfWeek.valueOf(h.weekday()).getValue());
                ps.setTime(3, Time.valueOf(LocalTime.parse(h.starts())));
                ps.setTime(4, Time.valueOf(LocalTime.parse(h.ends())));
                return ps.executeUpdate();
            });
        }
    }

    public Optional<StaffCalendar> find(String username) {
        return query("where c.username = ?", List.of(username)).stream().findFirst();
    }

    public List<StaffCalendar> all() {
        return query("", List.of());
    }

    /** Calendars of one body (org) or one unit, for slot search across a team. */
    public List<StaffCalendar> byOrgOrUnit(String orgOrUnit) {
        return query("where c.org = ? or c.unit = ?", List.of(orgOrUnit, orgOrUnit));
    }

    public UUID addAbsence(String username, TimeRange during, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("insert into absence (id, username, during, reason) values (?, ?, tstzrange(?, ?, '[)'), ?)", ps -> {
            ps.setObject(1, id);
            ps.setString(2, username);
            ps.setTimestamp(3, Timestamp.from(during.start()));
            ps.setTimestamp(4, Timestamp.from(during.end()));
            ps.setString(5, reason);
            return ps.executeUpdate();
        });
        return id;
    }

    public List<TimeRange> absences(String username, TimeRange window) {
        return jdbc.prepareStatement("""
                select lower(during), upper(during) from absence
                where username = ? and during && tstzrange(?, ?, '[)')""", ps -> {
            ps.setString(1, username);
            ps.setTimestamp(2, Timestamp.from(window.start()));
            ps.setTimestamp(3, Timestamp.from(window.end()));
            List<TimeRange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimeRange(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
                }
            }
            return out;
        });
    }

    public boolean renewFeedToken(String username, String hash, Instant at) {
        return jdbc.prepareStatement("update staff_calendar set feed_token_hash = ?, feed_renewed_at = ? where username = ?", ps -> {
            ps.setString(1, hash);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, username);
            return ps.executeUpdate() == 1;
        });
    }

    public Optional<String> ownerOfFeed(String hash) {
        return jdbc.prepareStatement("select username from staff_calendar where feed_token_hash = ?", ps -> {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    public Optional<Instant> feedRenewedAt(String username) {
        return jdbc.prepareStatement("select feed_renewed_at from staff_calendar where username = ?", ps -> {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) != null ? Optional.of(rs.getTimestamp(1).toInstant())
                        : Optional.<Instant>empty();
            }
        });
    }

    private List<StaffCalendar> query(String where, List<Object> params) {
        return jdbc.prepareStatement("""
                select c.username, c.display_name, c.org, c.unit, c.reception, h.weekday, h.starts, h.ends
                from staff_calendar c left join working_hours h on h.username = c.username
                """ + where + " order by c.username, h.weekday, h.starts", ps -> {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] array) {
                    ps.setArray(i + 1, ps.getConnection().createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            Map<String, StaffCalendar> byUser = new LinkedHashMap<>();
            Map<String, List<StaffCalendar.Hours>> hours = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String user = rs.getString("username");
                    String name = rs.getString("display_name");
                    Org org = Org.valueOf(rs.getString("org"));
                    String unit = rs.getString("unit");
                    boolean reception = rs.getBoolean("reception");
                    List<StaffCalendar.Hours> list = hours.computeIfAbsent(user, u -> new ArrayList<>());
                    byUser.computeIfAbsent(user, u -> new StaffCalendar(u, name, org, unit, reception, list));
                    if (rs.getObject("weekday") != null) {
                        list.add(new StaffCalendar.Hours(DayOfWeek.of(rs.getInt("weekday")).name(),
                                rs.getTime("starts").toLocalTime().toString(), rs.getTime("ends").toLocalTime().toString()));
                    }
                }
            }
            return new ArrayList<>(byUser.values());
        });
    }
}
