package se.huset.rollout.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The joint training register: events with participants per body, and the totals the steering group follows. */
@Singleton
public class TrainingRegister {

    private final JdbcOperations jdbc;
    private final Clock clock;

    public TrainingRegister(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first, a page at a time ({@code after} from the page before). */
    @Transactional(readOnly = true)
    public Page<TrainingEvent> page(@Nullable Cursor after, int limit) {
        String sql = "select id, title, held_on, hours, region, kommun, user_org from training_event"
                + (after == null ? "" : " where (held_on, id) < (?, ?)") + " order by held_on desc, id desc limit ?";
        List<TrainingEvent> rows = jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            if (after != null) {
                ps.setObject(i++, after.date(0));
                ps.setObject(i++, after.uuid(1));
            }
            ps.setInt(i, Page.fetchSize(limit));
            try (ResultSet rs = ps.executeQuery()) {
                List<TrainingEvent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new TrainingEvent(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7)));
                }
                return out;
            }
        });
        return Page.of(rows, limit, e -> Cursor.after(e.heldOn(), e.id()));
    }

    /** Over the whole register; joint as {@link TrainingEvent#joint()} has it. */
    @Transactional(readOnly = true)
    public Totals totals() {
        return jdbc.prepareStatement("""
                select count(*), count(*) filter (where region > 0 and kommun > 0), coalesce(sum(region), 0),
                       coalesce(sum(kommun), 0), coalesce(sum(user_org), 0) from training_event""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Totals(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
            }
        });
    }

    @Transactional
    public TrainingEvent register(Staff staff, RegisterTrainingRequest r) {
        if (r.heldOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw ProblemException.invalid("heldOn", "must be within the coming year");
        }
        if (r.region() + r.kommun() + r.userOrg() == 0) {
            throw ProblemException.invalid("region", "at least one participant");
        }
        TrainingEvent event = new TrainingEvent(UUID.randomUUID(), r.title().strip(), r.heldOn(), r.hours(),
                r.region(), r.kommun(), r.userOrg());
        insert(event, staff.username());
        return event;
    }

    /** Also used by the demo data, with fixed ids. */
    public void insert(TrainingEvent e, String by) {
        jdbc.prepareStatement("""
                insert into training_event (id, title, held_on, hours, region, kommun, user_org, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", ps -> {
            ps.setObject(1, e.id());
            ps.setString(2, e.title());
            ps.setObject(3, e.heldOn());
            ps.setBigDecimal(4, e.hours());
            ps.setInt(5, e.region());
            ps.setInt(6, e.kommun());
            ps.setInt(7, e.userOrg());
            ps.setTimestamp(8, Timestamp.from(clock.instant()));
            ps.setString(9, by);
            return ps.executeUpdate();
        });
    }

    @Serdeable
    public record Totals(int events, long jointEvents, int region, int kommun, int userOrg) {
    }
}
