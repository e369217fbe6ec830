package se.huset.rollout.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written: locks a milestone FOR UPDATE for an edit, so concurrent edits record their history in turn. The
 * milestones in SQL; their change history through the generated {@link MilestoneChangeRepository}.
 */
@Singleton
public class PlanRepository {

    private static final String COLUMNS = "code, phase, position, title, description, owner, start_month, due_month, "
            + "status, evidence, decision_required, decision, decided_on, updated_at, updated_by";

    private final JdbcOperations jdbc;
    private final MilestoneChangeRepository changes;
    private final MilestoneSchedule schedule;
    private final Clock clock;

    public PlanRepository(JdbcOperations jdbc, MilestoneChangeRepository changes, MilestoneSchedule schedule,
                          Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Milestone> all() {
        return jdbc.prepareStatement("select " + COLUMNS + " from milestone order by position", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<Milestone> out = new ArrayList<>();
                LocalDate today = LocalDate.now(clock);
                while (rs.next()) {
                    out.add(map(rs, today));
                }
                return out;
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<Milestone> one(String code) {
        return jdbc.prepareStatement("select " + COLUMNS + " from milestone where code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, LocalDate.now(clock))) : Optional.empty();
            }
        });
    }

    /** Locks the row for an edit, so two concurrent edits record their history one after the other. */
    public Optional<Milestone> lock(String code) {
        return jdbc.prepareStatement("select " + COLUMNS + " from milestone where code = ? for update", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, LocalDate.now(clock))) : Optional.empty();
            }
        });
    }

    public void update(String code, Status status, @Nullable String evidence, @Nullable String decision,
                       @Nullable LocalDate decidedOn, String by, Instant at) {
        jdbc.prepareStatement("""
                update milestone set status = ?, evidence = ?, decision = ?, decided_on = ?, updated_at = ?, updated_by = ?
                where code = ?""", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, evidence);
            ps.setString(3, decision);
            ps.setObject(4, decidedOn);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setString(6, by);
            ps.setString(7, code);
            return ps.executeUpdate();
        });
    }

    public void recordChange(String code, Instant at, String by, String field, @Nullable String from, @Nullable String to) {
        changes.save(new RecordedChange(null, code, at, by, field, from, to));
    }

    @Transactional(readOnly = true)
    public List<MilestoneChange> history(String code) {
        return changes.findByMilestone(code, MilestoneChangeRepository.NEWEST_FIRST).stream()
                .map(RecordedChange::change).toList();
    }

    private Milestone map(ResultSet rs, LocalDate today) throws SQLException {
        int startMonth = rs.getInt("start_month");
        int dueMonth = rs.getInt("due_month");
        Status status = Status.valueOf(rs.getString("status"));
        Date decided = rs.getDate("decided_on");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Milestone(rs.getString("code"), Phase.valueOf(rs.getString("phase")), rs.getInt("position"),
                rs.getString("title"), rs.getString("description"), rs.getString("owner"),
                schedule.startOf(startMonth), schedule.dueOn(dueMonth), startMonth, dueMonth, status,
                schedule.overdue(dueMonth, status, today), rs.getString("evidence"),
                rs.getBoolean("decision_required"), rs.getString("decision"),
                decided == null ? null : decided.toLocalDate(), updated == null ? null : updated.toInstant(),
                rs.getString("updated_by"));
    }
}
