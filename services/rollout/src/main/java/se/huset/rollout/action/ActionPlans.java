package se.huset.rollout.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.rollout.plan.Status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Action plans: listed for every reader, created and moved along by the steering group. */
@Singleton
public class ActionPlans {

    private static final String COLUMNS = "id, title, responsible, activities, starts_on, ends_on, resources, "
            + "follow_up, milestone, kpi, status, created_at, created_by";

    private final JdbcOperations jdbc;
    private final Clock clock;

    public ActionPlans(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ActionPlan> all() {
        return jdbc.prepareStatement("select " + COLUMNS + " from action_plan order by starts_on, title", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<ActionPlan> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    /**
     * One page of the action plans as the steering group works them: open before done, the most overdue (earliest
     * end) first; optionally only one status or the plans of one milestone.
     */
    @Transactional(readOnly = true)
    public Page<ActionPlan> page(@Nullable Status status, @Nullable String milestone, @Nullable Cursor after,
                                 int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from action_plan where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (milestone != null) {
            sql.append(" and milestone = ?");
            params.add(milestone);
        }
        if (after != null) {
            sql.append(" and ((status = 'DONE'), ends_on, id) > (?, ?, ?)");
            long done = after.number(0);
            if (done != 0 && done != 1) {
                throw ProblemException.invalid("after", "is not a cursor this list gave out; start again without it");
            }
            params.add(done == 1);
            params.add(after.date(1));
            params.add(after.uuid(2));
        }
        sql.append(" order by (status = 'DONE'), ends_on, id limit ?");
        params.add(Page.fetchSize(limit));
        List<ActionPlan> rows = jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<ActionPlan> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
        return Page.of(rows, limit, p -> Cursor.after(p.status() == Status.DONE ? 1 : 0, p.endsOn(), p.id()));
    }

    @Transactional
    public ActionPlan create(Staff staff, CreateActionPlanRequest r) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        String milestone = blankToNull(r.milestone());
        String kpi = blankToNull(r.kpi());
        if (milestone == null && kpi == null) {
            throw ProblemException.invalid("milestone", "link the plan to a milestone or a KPI");
        }
        if (milestone != null && !exists("milestone", milestone)) {
            throw ProblemException.invalid("milestone", "no such milestone");
        }
        if (kpi != null && !exists("kpi", kpi)) {
            throw ProblemException.invalid("kpi", "no such KPI");
        }
        Status status = status(r.status() == null ? Status.NOT_STARTED.name() : r.status());
        ActionPlan plan = new ActionPlan(UUID.randomUUID(), r.title().strip(), r.responsible().strip(),
                r.activities().strip(), r.startsOn(), r.endsOn(), r.resources().strip(), r.followUp().strip(),
                milestone, kpi, status, clock.instant(), staff.username());
        insert(plan);
        return plan;
    }

    @Transactional
    public ActionPlan setStatus(UUID id, String value) {
        Status status = status(value);
        int updated = jdbc.prepareStatement("update action_plan set status = ? where id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setObject(2, id);
            return ps.executeUpdate();
        });
        if (updated == 0) {
            throw ProblemException.notFound("Action plan " + id);
        }
        return all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** For demo data: a plan with a fixed id, inserted once. */
    public void insert(ActionPlan p) {
        jdbc.prepareStatement("insert into action_plan (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (id) do nothing", ps -> {
                    ps.setObject(1, p.id());
                    ps.setString(2, p.title());
                    ps.setString(3, p.responsible());
                    ps.setString(4, p.activities());
                    ps.setObject(5, p.startsOn());
                    ps.setObject(6, p.endsOn());
                    ps.setString(7, p.resources());
                    ps.setString(8, p.followUp());
                    ps.setString(9, p.milestone());
                    ps.setString(10, p.kpi());
                    ps.setString(11, p.status().name());
                    ps.setTimestamp(12, Timestamp.from(p.createdAt()));
                    ps.setString(13, p.createdBy());
                    return ps.executeUpdate();
                });
    }

    static Status status(String value) {
        try {
            return Status.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of NOT_STARTED, IN_PROGRESS, DONE, AT_RISK, BLOCKED");
        }
    }

    private boolean exists(String table, String code) {
        return jdbc.prepareStatement("select 1 from " + table + " where code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ActionPlan map(ResultSet rs) throws SQLException {
        return new ActionPlan(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), Status.valueOf(rs.getString(11)),
                rs.getTimestamp(12).toInstant(), rs.getString(13));
    }
}
