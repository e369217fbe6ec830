package se.huset.followup.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The follow-ups as {@link FollowUpRates} counts them, grouped in SQL: some hundred rows for years of follow-ups. */
@Singleton
public class FollowUpTallies {

    private final JdbcOperations jdbc;

    public FollowUpTallies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The follow-ups counted for {@link FollowUpRates} in one pass: by programme, kind, status, whether their day
     * has come by {@code today}, and their enrollment's cohort (the quarter its END follow-up fell due).
     */
    public List<FollowUpRates.Tally> count(LocalDate today) {
        return jdbc.prepareStatement("""
                with ends as (
                    select enrollment_id, max(due_on) as ended_on from follow_up
                    where kind = ? and enrollment_id is not null group by enrollment_id)
                select f.program_code, f.kind, f.status, f.due_on <= ? as day_has_come,
                       case when e.ended_on is null then null
                            else extract(year from e.ended_on)::int || '-Q' || extract(quarter from e.ended_on)::int
                       end as cohort,
                       count(*) as n
                from follow_up f left join ends e on e.enrollment_id = f.enrollment_id
                group by 1, 2, 3, 4, 5""", ps -> {
            ps.setString(1, FollowUpSchedule.END);
            ps.setDate(2, Date.valueOf(today));
            List<FollowUpRates.Tally> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FollowUpRates.Tally(rs.getString("program_code"), rs.getString("kind"),
                            FollowUpStatus.valueOf(rs.getString("status")), rs.getBoolean("day_has_come"),
                            rs.getString("cohort"), rs.getLong("n")));
                }
            }
            return out;
        });
    }
}
