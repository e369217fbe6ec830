package se.huset.booking.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.BookingStatsDocument;
import se.huset.contracts.stats.Figure;
import se.huset.kit.stats.SmallCells;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Booking's aggregates for steering: how fast first visits come and whether the care guarantee holds, no-shows,
 * and how the reception is staffed. Counts and rates only, small cells suppressed.
 */
@Singleton
public class BookingStats {

    private final JdbcOperations jdbc;

    public BookingStats(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public BookingStatsDocument figures(int weeks) {
        FirstVisits firstVisits = firstVisits(weeks);
        Figure presence = presence();
        return new BookingStatsDocument(firstVisits.medianDays(), firstVisits.shareWithinGuarantee(), noShows(weeks),
                reception(), presence, total(presence));
    }

    private record FirstVisits(Figure medianDays, Figure shareWithinGuarantee) {
    }

    /**
     * Requests triaged in the period: days to the first visit booked for them, and whether it kept the guarantee.
     * Those closed without a visit (declined, a duplicate, help elsewhere) waited for nothing, so they are left out.
     */
    private FirstVisits firstVisits(int weeks) {
        List<Double> days = new ArrayList<>();
        long[] counts = new long[3];
        jdbc.prepareStatement("""
                select extract(epoch from (a.starts_at - r.registered_at)) / 86400.0, a.starts_at < r.due_at,
                       a.id is null
                from first_visit_request r left join appointment a on a.id = r.appointment_id
                where r.triaged_at >= now() - make_interval(weeks => ?) and r.status <> 'CLOSED'""", ps -> {
            ps.setInt(1, weeks);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[0]++;
                    if (rs.getBoolean(3)) {
                        counts[2]++;
                    } else {
                        days.add(rs.getDouble(1));
                        if (rs.getBoolean(2)) {
                            counts[1]++;
                        }
                    }
                }
            }
            return null;
        });
        long booked = counts[0] - counts[2];
        return new FirstVisits(SmallCells.figure(SmallCells.median(days), booked, counts[2]),
                SmallCells.figure(SmallCells.share(counts[1], booked), booked, counts[2]));
    }

    private Figure noShows(int weeks) {
        Map<String, Long> noShow = new LinkedHashMap<>();
        Map<String, Long> settled = new LinkedHashMap<>();
        jdbc.prepareStatement("""
                select type, count(*) filter (where status = 'NO_SHOW'), count(*)
                from appointment where status in ('ATTENDED', 'NO_SHOW') and starts_at >= now() - make_interval(weeks => ?)
                group by type order by type""", ps -> {
            ps.setInt(1, weeks);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    noShow.put(rs.getString(1), rs.getLong(2));
                    settled.put(rs.getString(1), rs.getLong(3));
                }
            }
            return null;
        });
        Map<String, Object> rates = new LinkedHashMap<>();
        settled.forEach((type, n) -> rates.put(type, SmallCells.share(noShow.get(type), n)));
        return SmallCells.figure(rates, SmallCells.total(settled), 0);
    }

    /**
     * Weekly hours of staff marked as reception staff, by body; n is the number of staff behind each figure. Hours
     * count no clients, so nothing is hidden as a small cell.
     */
    private Figure reception() {
        Map<String, Object> hours = new LinkedHashMap<>();
        long[] staff = new long[1];
        jdbc.prepareStatement("""
                select c.org, count(distinct c.username), coalesce(sum(extract(epoch from (h.ends - h.starts)) / 3600.0), 0)
                from staff_calendar c left join working_hours h on h.username = c.username
                where c.reception group by c.org order by c.org""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.put(rs.getString(1), Math.round(rs.getDouble(3) * 10) / 10.0);
                    staff[0] += rs.getLong(2);
                }
            }
            return null;
        });
        return new Figure(hours, staff[0], 0L);
    }

    /** The sum of a by-group figure's hours, with the same n (hours are not counts of people: nothing to hide). */
    private static Figure total(Figure byGroup) {
        double sum = ((Map<?, ?>) byGroup.value()).values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
        return new Figure(Math.round(sum * 10) / 10.0, byGroup.n(), byGroup.missing());
    }

    /** The user organisations' weekly presence hours in the reception, by organisation: no clients, nothing hidden. */
    private Figure presence() {
        Map<String, Object> hours = new LinkedHashMap<>();
        long[] periods = new long[1];
        jdbc.prepareStatement("""
                select organisation, count(*), sum(extract(epoch from (ends - starts)) / 3600.0)
                from presence_hours group by organisation order by organisation""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.put(rs.getString(1), Math.round(rs.getDouble(3) * 10) / 10.0);
                    periods[0] += rs.getLong(2);
                }
            }
            return null;
        });
        return new Figure(hours, periods[0], 0L);
    }
}
