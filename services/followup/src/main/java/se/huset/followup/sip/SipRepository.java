package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hand-written: spans four SIP tables with joins, filtered aggregates and a keyset page on (review_on, id). */
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

    /** How many plans have each status, and each adherence (null: not yet assessed). */
    public Map<String, Map<String, Long>> breakdown() {
        return jdbc.prepareStatement("select status, coalesce(adherence, '') as adherence, count(*) from sip_plan group by 1, 2", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Map<String, Long>> out = new java.util.HashMap<>();
                while (rs.next()) {
                    out.computeIfAbsent("status", k -> new java.util.HashMap<>()).merge(rs.getString(1), rs.getLong(3), Long::sum);
                    out.computeIfAbsent("adherence", k -> new java.util.HashMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
                }
                return out;
            }
        });
    }

    /** One page of plans, the next review first (keyset on review_on, id); {@code overdueOnly} those past their review. */
    public List<SipPlan> page(boolean overdueOnly, LocalDate today, @Nullable LocalDate afterDay, @Nullable UUID afterId, int fetch) {
        String sql = "select * from sip_plan where true"
                + (overdueOnly ? " and status <> 'FOLLOWED_UP' and review_on < ?" : "")
                + (afterDay != null ? " and (review_on, id) > (?, ?)" : "") + " order by review_on, id limit ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            if (overdueOnly) {
                ps.setDate(i++, java.sql.Date.valueOf(today));
            }
            if (afterDay != null) {
                ps.setDate(i++, java.sql.Date.valueOf(afterDay));
                ps.setObject(i++, afterId);
            }
            ps.setInt(i, fetch);
            return plans(ps.executeQuery(), today);
        });
    }

    public void insertParticipant(UUID plan, SipParts.Participant p, String by, Instant at) {
        jdbc.prepareStatement("""
                insert into sip_participant (id, plan_id, name, function, party, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, p.id());
            ps.setObject(2, plan);
            ps.setString(3, p.name());
            ps.setString(4, p.function());
            ps.setString(5, p.party().name());
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public List<SipParts.Participant> participants(UUID plan) {
        return jdbc.prepareStatement("select * from sip_participant where plan_id = ? order by added_at, id", ps -> {
            ps.setObject(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                List<SipParts.Participant> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new SipParts.Participant(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("function"), SipParts.Party.valueOf(rs.getString("party"))));
                }
                return out;
            }
        });
    }

    public void insertGoal(UUID plan, SipParts.Goal g, String by, Instant at) {
        jdbc.prepareStatement("insert into sip_goal (id, plan_id, text, created_by, created_at) values (?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, g.id());
            ps.setObject(2, plan);
            ps.setString(3, g.text());
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public List<SipParts.Goal> goals(UUID plan) {
        return jdbc.prepareStatement("select * from sip_goal where plan_id = ? order by created_at, id", ps -> {
            ps.setObject(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                List<SipParts.Goal> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new SipParts.Goal(rs.getObject("id", UUID.class), rs.getString("text")));
                }
                return out;
            }
        });
    }

    public void insertTask(UUID plan, UUID id, @Nullable UUID goal, String what, UUID participant, @Nullable LocalDate dueOn,
                           String by, Instant at) {
        jdbc.prepareStatement("""
                insert into sip_task (id, plan_id, goal_id, what, participant_id, due_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, id);
            ps.setObject(2, plan);
            ps.setObject(3, goal);
            ps.setString(4, what);
            ps.setObject(5, participant);
            ps.setDate(6, dueOn == null ? null : Date.valueOf(dueOn));
            ps.setString(7, by);
            ps.setTimestamp(8, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    /** Done, or undone again (null) when it was marked by mistake; answers whether the plan has that task. */
    public boolean markTask(UUID plan, UUID task, @Nullable Instant doneAt) {
        return jdbc.prepareStatement("update sip_task set done_at = ? where id = ? and plan_id = ?", ps -> {
            ps.setTimestamp(1, doneAt == null ? null : Timestamp.from(doneAt));
            ps.setObject(2, task);
            ps.setObject(3, plan);
            return ps.executeUpdate();
        }) == 1;
    }

    /** Tasks done and tasks in all, per plan, for the plans asked (index sip_task_plan); a plan with none is absent. */
    public Map<UUID, int[]> taskCounts(List<UUID> plans) {
        return jdbc.prepareStatement("""
                select plan_id, count(*) filter (where done_at is not null), count(*) from sip_task
                where plan_id = any(?) group by plan_id""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", plans.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                Map<UUID, int[]> out = new java.util.HashMap<>();
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), new int[]{rs.getInt(2), rs.getInt(3)});
                }
                return out;
            }
        });
    }

    public List<SipParts.Task> tasks(UUID plan, LocalDate today) {
        return jdbc.prepareStatement("""
                select t.*, p.name, p.party from sip_task t join sip_participant p on p.id = t.participant_id
                where t.plan_id = ? order by t.due_on nulls last, t.created_at, t.id""", ps -> {
            ps.setObject(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                List<SipParts.Task> out = new ArrayList<>();
                while (rs.next()) {
                    Date due = rs.getDate("due_on");
                    LocalDate dueOn = due == null ? null : due.toLocalDate();
                    boolean done = rs.getTimestamp("done_at") != null;
                    out.add(new SipParts.Task(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
                            rs.getString("what"), rs.getObject("participant_id", UUID.class), rs.getString("name"),
                            SipParts.Party.valueOf(rs.getString("party")), dueOn, done,
                            !done && dueOn != null && dueOn.isBefore(today)));
                }
                return out;
            }
        });
    }

    private List<SipPlan> query(String sql, UUID id, LocalDate today) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, id);
            return plans(ps.executeQuery(), today);
        });
    }

    private static List<SipPlan> plans(ResultSet result, LocalDate today) throws SQLException {
        try (ResultSet rs = result) {
            List<SipPlan> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs, today));
            }
            return out;
        }
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
