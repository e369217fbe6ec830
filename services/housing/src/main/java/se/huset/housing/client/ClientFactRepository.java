package se.huset.housing.client;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Transactional
public class ClientFactRepository {

    private final JdbcOperations jdbc;

    public ClientFactRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a replayed event writes the same row again. */
    public void save(ClientFact fact) {
        jdbc.prepareStatement("""
                insert into client_fact (client_id, owner_org, birth_date) values (?, ?, ?)
                on conflict (client_id) do update set owner_org = excluded.owner_org, birth_date = excluded.birth_date""",
                ps -> {
                    ps.setObject(1, fact.clientId());
                    ps.setString(2, fact.ownerOrg());
                    ps.setDate(3, fact.birthDate() == null ? null : Date.valueOf(fact.birthDate()));
                    return ps.executeUpdate();
                });
    }

    public Optional<ClientFact> find(UUID clientId) {
        return jdbc.prepareStatement("select client_id, owner_org, birth_date from client_fact where client_id = ?", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Date birth = rs.getDate("birth_date");
                return Optional.of(new ClientFact(clientId, rs.getString("owner_org"),
                        birth == null ? null : birth.toLocalDate()));
            }
        });
    }
}
