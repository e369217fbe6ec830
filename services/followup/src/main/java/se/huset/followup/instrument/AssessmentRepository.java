package se.huset.followup.instrument;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Singleton
public class AssessmentRepository {

    private static final int BATCH = 500;

    private final JdbcOperations jdbc;

    public AssessmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Assessment a) {
        insertAll(List.of(a));
    }

    /** In JDBC batches (the demo history records thousands at once). */
    public void insertAll(List<Assessment> assessments) {
        jdbc.prepareStatement("""
                insert into assessment (id, client_id, owner_org, instrument, answers, score, risk_level, assessed_by, assessed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            int n = 0;
            for (Assessment a : assessments) {
                ps.setObject(1, a.id());
                ps.setObject(2, a.clientId());
                ps.setString(3, a.ownerOrg());
                ps.setString(4, a.instrument());
                ps.setArray(5, ps.getConnection().createArrayOf("int4", a.answers().toArray()));
                ps.setInt(6, a.score());
                ps.setString(7, a.riskLevel());
                ps.setString(8, a.assessedBy());
                ps.setTimestamp(9, Timestamp.from(a.assessedAt()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            return n;
        });
    }

    /** Stored rows; the sex cut-off is recomputed on reading, since intake may learn the sex later. */
    public List<Row> forClient(UUID clientId) {
        return jdbc.prepareStatement("select * from assessment where client_id = ? order by assessed_at desc", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs));
                }
                return rows;
            }
        });
    }

    public record Row(UUID id, UUID clientId, String ownerOrg, Instrument instrument, List<Integer> answers,
                      String assessedBy, java.time.Instant assessedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Array answers = rs.getArray("answers");
        List<Integer> values = Arrays.stream((Integer[]) answers.getArray()).toList();
        return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("owner_org"),
                Instrument.valueOf(rs.getString("instrument")), values, rs.getString("assessed_by"),
                rs.getTimestamp("assessed_at").toInstant());
    }
}
