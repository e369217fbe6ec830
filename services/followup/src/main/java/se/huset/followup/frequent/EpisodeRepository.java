package se.huset.followup.frequent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
public class EpisodeRepository {

    private final JdbcOperations jdbc;

    public EpisodeRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A replayed event changes nothing. */
    public void insertOnce(Episode e) {
        jdbc.prepareStatement("""
                insert into contact_episode (contact_id, client_id, kind, referrer, owner_org, occurred_at)
                values (?, ?, ?, ?, ?, ?) on conflict (contact_id) do nothing""", ps -> {
            ps.setObject(1, e.contactId());
            ps.setObject(2, e.clientId());
            ps.setString(3, e.kind());
            ps.setString(4, e.referrer());
            ps.setString(5, e.ownerOrg().name());
            ps.setTimestamp(6, Timestamp.from(e.occurredAt()));
            return ps.executeUpdate();
        });
    }

    public void link(UUID contactId, UUID clientId) {
        jdbc.prepareStatement("update contact_episode set client_id = ? where contact_id = ?", ps -> {
            ps.setObject(1, clientId);
            ps.setObject(2, contactId);
            return ps.executeUpdate();
        });
    }

    public boolean exists(UUID contactId) {
        return jdbc.prepareStatement("select 1 from contact_episode where contact_id = ?", ps -> {
            ps.setObject(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Contacts with a known client in [from, to). */
    public List<Episode> between(Instant from, Instant to) {
        return jdbc.prepareStatement("""
                select * from contact_episode where client_id is not null and occurred_at >= ? and occurred_at < ?
                order by occurred_at""", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                List<Episode> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Episode(rs.getObject("contact_id", UUID.class), rs.getObject("client_id", UUID.class),
                            rs.getString("kind"), rs.getString("referrer"), Org.valueOf(rs.getString("owner_org")),
                            rs.getTimestamp("occurred_at").toInstant()));
                }
                return out;
            }
        });
    }
}
