package se.huset.followup.form;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
public class LifeSituationRepository {

    private static final int BATCH = 500;

    private final JdbcOperations jdbc;

    public LifeSituationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LifeSituation s) {
        insertAll(List.of(s));
    }

    /** In JDBC batches (the demo history records thousands at once). */
    public void insertAll(List<LifeSituation> forms) {
        jdbc.prepareStatement("""
                insert into life_situation (id, client_id, owner_org, follow_up_id, housing, occupation, income_source,
                  alcohol_days, drug_days, crime, health, quality_of_life, treatment, own_goal, asi_grund_on,
                  asi_followup_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            int n = 0;
            for (LifeSituation s : forms) {
                ps.setObject(1, s.id());
                ps.setObject(2, s.clientId());
                ps.setString(3, s.ownerOrg());
                ps.setObject(4, s.followUpId());
                ps.setString(5, s.housing().name());
                ps.setString(6, s.occupation().name());
                ps.setString(7, s.incomeSource().name());
                ps.setInt(8, s.alcoholDays());
                ps.setInt(9, s.drugDays());
                ps.setBoolean(10, s.crime());
                ps.setInt(11, s.health());
                ps.setInt(12, s.qualityOfLife());
                ps.setInt(13, s.treatment());
                ps.setString(14, s.ownGoal().name());
                ps.setDate(15, date(s.asiGrundOn()));
                ps.setDate(16, date(s.asiFollowUpOn()));
                ps.setString(17, s.recordedBy());
                ps.setTimestamp(18, Timestamp.from(s.recordedAt()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            return n;
        });
    }

    public List<LifeSituation> forClient(UUID clientId) {
        return jdbc.prepareStatement("select * from life_situation where client_id = ? order by recorded_at desc", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                List<LifeSituation> out = new ArrayList<>();
                while (rs.next()) {
                    Date grund = rs.getDate("asi_grund_on");
                    Date uppf = rs.getDate("asi_followup_on");
                    out.add(new LifeSituation(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                            rs.getString("owner_org"), rs.getObject("follow_up_id", UUID.class),
                            Choices.Housing.valueOf(rs.getString("housing")),
                            Choices.Occupation.valueOf(rs.getString("occupation")),
                            Choices.IncomeSource.valueOf(rs.getString("income_source")),
                            rs.getInt("alcohol_days"), rs.getInt("drug_days"), rs.getBoolean("crime"),
                            rs.getInt("health"), rs.getInt("quality_of_life"), rs.getInt("treatment"),
                            Choices.OwnGoal.valueOf(rs.getString("own_goal")),
                            grund == null ? null : grund.toLocalDate(), uppf == null ? null : uppf.toLocalDate(),
                            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
                }
                return out;
            }
        });
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
