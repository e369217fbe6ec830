package se.huset.intake.contact;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The staff of each body who work contacts in intake, so a waiting contact can be given to a named colleague of
 * the body that owns it. Accounts live in the gateway; intake learns a colleague when they first open the triage
 * board or work a contact, and keeps their body as their token states it.
 */
@Singleton
@Transactional
public class Colleagues {

    /** Roles that work the triage board; only they are offered as assignees. */
    static final Set<String> WORKERS = Set.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER);

    private final JdbcOperations jdbc;

    public Colleagues(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that this member of staff works contacts for their body (a write at most once an hour per person). */
    public void seen(Staff staff, Instant at) {
        if (staff.org() == null || staff.org() == Org.USER_ORG || !staff.hasAny(WORKERS)) {
            return;
        }
        jdbc.prepareStatement("""
                insert into colleague (username, org, seen_at) values (?, ?, ?)
                on conflict (username) do update set org = excluded.org, seen_at = excluded.seen_at
                where colleague.org <> excluded.org or colleague.seen_at < excluded.seen_at - interval '1 hour'""", ps -> {
            ps.setString(1, staff.username());
            ps.setString(2, staff.org().name());
            ps.setTimestamp(3, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    /** The colleagues of a body, by username. */
    public List<String> of(Org body) {
        return jdbc.prepareStatement("select username from colleague where org = ? order by username", ps -> {
            ps.setString(1, body.name());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    public boolean isColleague(String username, Org body) {
        return jdbc.prepareStatement("select 1 from colleague where username = ? and org = ?", ps -> {
            ps.setString(1, username);
            ps.setString(2, body.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }
}
