package se.huset.followup.sip;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class SipRepository {

    private final JdbcOperations jdbc;

    public SipRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record Counts(long all, long open, long overdue) {
    }

    public void insert(SipPlan p) {
        jdbc.prepareStatement("""
                insert into sip_plan (id, client_id, owner_org, status, adherence, review_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, p.id());
            ps.setObject(2, p.clientId());
            ps.setString(3, p.ownerOrg());
            ps.setString(4, p.status().name());
            ps.setString(5, p.adherence() == null ? null : p.adherence().name());
            ps.setDate(6, Date.valueOf(p.reviewOn()));
            ps.setString(7, p.createdBy());
            ps.setTimestamp(8, Timestamp.from(p.createdAt()));
            return ps.executeUpdate();
        });
    }

    public void update(UUID id, SipPlan.Status status, SipPlan.Adherence adherence, LocalDate reviewOn) {
        jdbc.prepareStatement("update sip_plan set status = ?, adherence = ?, review_on = ? where id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, adherence == null ? null : adherence.name());
            ps.setDate(3, Date.valueOf(reviewOn));
            ps.setObject(4, id);
            return ps.executeUpdate();
        });
    }

    public Optional<SipPlan> find(UUID id, LocalDate today) {
        return query("select * from sip_plan where id = ?", id, today).stream().findFirst();
    }

    public List<SipPlan> forClient(UUID clientId, LocalDate today) {
        return query("select * from sip_plan where client_id = ? order by created_at desc", clientId, today);
    }

    /** A plan is open until followed up; its review is overdue when the day has passed. */
    public Counts counts(LocalDate today) {
        return jdbc.prepareStatement("""
                select count(*), count(*) filter (where status <> 'FOLLOWED_UP'),
                       count(*) filter (where status <> 'FOLLOWED_UP' and review_on < ?) from sip_plan""", ps -> {
            ps.setDate(1, Date.valueOf(today));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    private List<SipPlan> query(String sql, UUID id, LocalDate today) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<SipPlan> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs, today));
                }
                return out;
            }
        });
    }

    private static SipPlan row(ResultSet rs, LocalDate today) throws SQLException {
        SipPlan.Status status = SipPlan.Status.valueOf(rs.getString("status"));
        String adherence = rs.getString("adherence");
        LocalDate review = rs.getDate("review_on").toLocalDate();
        return new SipPlan(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("owner_org"),
                status, adherence == null ? null : SipPlan.Adherence.valueOf(adherence), review,
                status != SipPlan.Status.FOLLOWED_UP && review.isBefore(today), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
