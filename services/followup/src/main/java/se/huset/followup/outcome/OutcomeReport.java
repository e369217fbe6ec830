package se.huset.followup.outcome;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.stats.Figure;
import se.huset.followup.FollowupSettings;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.kit.time.ClinicTime;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs each enrollment's later follow-up forms with its baseline form for {@link PairedChange}. */
@Singleton
public class OutcomeReport {

    private final PairedChange change = new PairedChange();
    private final JdbcOperations jdbc;
    private final FollowupSettings settings;

    public OutcomeReport(JdbcOperations jdbc, FollowupSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** One programme's change in one variable at one follow-up, flat for a table or a CSV row; "<5" where suppressed. */
    @Serdeable
    public record Line(String program, String followUp, String variable, Object n, Object missing, Object baseline,
                       Object followUpMean, Object change) {
    }

    /** The report as lines, in its order (programme, follow-up, variable). */
    @Transactional(readOnly = true)
    public List<Line> lines(LocalDate from, LocalDate to) {
        List<Line> out = new ArrayList<>();
        report(from, to).forEach((program, byKind) -> byKind.forEach((kind, variables) -> variables.forEach((variable, f) -> {
            Map<?, ?> means = f.value() instanceof Map<?, ?> m ? m : null;
            out.add(new Line(program, kind, variable, f.n(), f.missing(), means == null ? f.value() : means.get("baseline"),
                    means == null ? f.value() : means.get("followUp"), means == null ? f.value() : means.get("change")));
        })));
        return out;
    }

    /**
     * The follow-up forms recorded on the days from {@code from} to {@code to}, each paired in SQL with its
     * enrollment's latest baseline form (whenever that was recorded), summed per programme and follow-up: one row
     * per cell, read through indexes, whatever the years of forms.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Map<String, Figure>>> report(LocalDate from, LocalDate to) {
        List<PairedChange.Cell> cells = jdbc.prepareStatement("""
                with form as (
                    select u.enrollment_id, u.program_code, u.kind, s.alcohol_days, s.drug_days, s.health,
                           s.quality_of_life, s.treatment
                    from life_situation s join follow_up u on u.id = s.follow_up_id
                    where s.recorded_at >= ? and s.recorded_at < ? and u.enrollment_id is not null and u.kind <> ?),
                baseline as (
                    select distinct on (u.enrollment_id) u.enrollment_id, s.alcohol_days, s.drug_days, s.health,
                           s.quality_of_life, s.treatment
                    from follow_up u join life_situation s on s.follow_up_id = u.id
                    where u.kind = ? and u.enrollment_id in (select enrollment_id from form)
                    order by u.enrollment_id, s.recorded_at desc)
                select f.program_code, f.kind, count(b.enrollment_id) as pairs, count(*) - count(b.enrollment_id) as missing,
                       avg(b.alcohol_days) as b0, avg(b.drug_days) as b1, avg(b.health) as b2,
                       avg(b.quality_of_life) as b3, avg(b.treatment) as b4,
                       avg(f.alcohol_days) filter (where b.enrollment_id is not null) as f0,
                       avg(f.drug_days) filter (where b.enrollment_id is not null) as f1,
                       avg(f.health) filter (where b.enrollment_id is not null) as f2,
                       avg(f.quality_of_life) filter (where b.enrollment_id is not null) as f3,
                       avg(f.treatment) filter (where b.enrollment_id is not null) as f4
                from form f left join baseline b on b.enrollment_id = f.enrollment_id
                group by f.program_code, f.kind""", ps -> {
            ps.setTimestamp(1, Timestamp.from(from.atStartOfDay(ClinicTime.ZONE).toInstant()));
            ps.setTimestamp(2, Timestamp.from(to.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant()));
            ps.setString(3, FollowUpSchedule.BASELINE);
            ps.setString(4, FollowUpSchedule.BASELINE);
            try (ResultSet rs = ps.executeQuery()) {
                List<PairedChange.Cell> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Double> baseline = new HashMap<>();
                    Map<String, Double> followUp = new HashMap<>();
                    for (int v = 0; v < PairedChange.VARIABLES.size(); v++) {
                        baseline.put(PairedChange.VARIABLES.get(v), rs.getDouble("b" + v));
                        followUp.put(PairedChange.VARIABLES.get(v), rs.getDouble("f" + v));
                    }
                    out.add(new PairedChange.Cell(rs.getString("program_code"), rs.getString("kind"),
                            rs.getLong("pairs"), rs.getLong("missing"), baseline, followUp));
                }
                return out;
            }
        });
        return change.report(cells);
    }
}
