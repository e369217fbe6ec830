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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pairs each enrollment's later follow-up forms with its baseline form for {@link PairedChange}. */
@Singleton
public class OutcomeReport {

    private final PairedChange change = new PairedChange();
    private final JdbcOperations jdbc;

    public OutcomeReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID enrollment, String program, String kind, Map<String, Integer> answers) {
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

    @Transactional(readOnly = true)
    public Map<String, Map<String, Map<String, Figure>>> report() {
        List<Row> rows = jdbc.prepareStatement("""
                select u.enrollment_id, u.program_code, u.kind, s.alcohol_days, s.drug_days, s.health, s.quality_of_life,
                       s.treatment
                from life_situation s join follow_up u on u.id = s.follow_up_id where u.enrollment_id is not null
                order by s.recorded_at""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    answers.put("alcoholDays", rs.getInt("alcohol_days"));
                    answers.put("drugDays", rs.getInt("drug_days"));
                    answers.put("health", rs.getInt("health"));
                    answers.put("qualityOfLife", rs.getInt("quality_of_life"));
                    answers.put("treatment", rs.getInt("treatment"));
                    out.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), answers));
                }
                return out;
            }
        });
        Map<UUID, Row> baselines = new HashMap<>();
        rows.stream().filter(r -> FollowUpSchedule.BASELINE.equals(r.kind())).forEach(r -> baselines.put(r.enrollment(), r));
        List<PairedChange.Pair> pairs = new ArrayList<>();
        List<PairedChange.Unpaired> unpaired = new ArrayList<>();
        rows.stream().filter(r -> !FollowUpSchedule.BASELINE.equals(r.kind())).forEach(r -> {
            Row base = baselines.get(r.enrollment());
            if (base == null) {
                unpaired.add(new PairedChange.Unpaired(r.program(), r.kind()));
            } else {
                pairs.add(new PairedChange.Pair(r.program(), r.kind(), base.answers(), r.answers()));
            }
        });
        return change.report(pairs, unpaired);
    }
}
