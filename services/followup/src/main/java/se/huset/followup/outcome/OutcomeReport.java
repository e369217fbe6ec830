package se.huset.followup.outcome;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.kit.stats.Figure;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs each enrollment's later follow-up forms with its baseline form for {@link PairedChange}. */
@Singleton
public class OutcomeReport {

    private final PairedChange change = new PairedChange();
    private final JdbcOperations jdbc;

    public OutcomeReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One programme's change in one variable at one follow-up, flat for a table or a CSV row; "<5" where suppressed. */
    @Serdeable
    public record Line(String program, String followUp, String variable, Object n, Object missing, Object baseline,
                       Object followUpMean, Object change) {
    }

    /** The report as lines, in its order (programme, follow-up, variable). */
    @Transactional(readOnly = true)
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        report().forEach((program, byKind) -> byKind.forEach((kind, variables) -> variables.forEach((variable, f) -> {
            Map<?, ?> means = f.value() instanceof Map<?, ?> m ? m : null;
            out.add(new Line(program, kind, variable, f.n(), f.missing(), means == null ? f.value() : means.get("baseline"),
                    means == null ? f.value() : means.get("followUp"), means == null ? f.value() : means.get("change")));
        })));
        return out;
    }

    /**
     * Each follow-up form paired in SQL with its enrollment's latest baseline form, summed per programme and
     * follow-up: one row per cell, whatever the years of forms.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Map<String, Figure>>> report() {
        List<PairedChange.Cell> cells = jdbc.prepareStatement("""
                with form as (
                    select u.enrollment_id, u.program_code, u.kind, s.recorded_at, s.alcohol_days, s.drug_days, s.health,
                           s.quality_of_life, s.treatment
                    from life_situation s join follow_up u on u.id = s.follow_up_id where u.enrollment_id is not null),
                baseline as (
                    select distinct on (enrollment_id) * from form where kind = ? order by enrollment_id, recorded_at desc)
                select f.program_code, f.kind, count(b.enrollment_id) as pairs, count(*) - count(b.enrollment_id) as missing,
                       avg(b.alcohol_days) as b0, avg(b.drug_days) as b1, avg(b.health) as b2,
                       avg(b.quality_of_life) as b3, avg(b.treatment) as b4,
                       avg(f.alcohol_days) filter (where b.enrollment_id is not null) as f0,
                       avg(f.drug_days) filter (where b.enrollment_id is not null) as f1,
                       avg(f.health) filter (where b.enrollment_id is not null) as f2,
                       avg(f.quality_of_life) filter (where b.enrollment_id is not null) as f3,
                       avg(f.treatment) filter (where b.enrollment_id is not null) as f4
                from form f left join baseline b on b.enrollment_id = f.enrollment_id
                where f.kind <> ?
                group by f.program_code, f.kind""", ps -> {
            ps.setString(1, FollowUpSchedule.BASELINE);
            ps.setString(2, FollowUpSchedule.BASELINE);
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
