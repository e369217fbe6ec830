package se.huset.kit.client;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ClientRegistered;
import se.huset.contracts.security.Org;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/** This service's copy of the client facts intake publishes; applying an event twice changes nothing. */
@Singleton
public class ClientFacts {

    private final JdbcOperations jdbc;

    public ClientFacts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(ClientRegistered registered) {
        jdbc.prepareStatement("""
                insert into kit_client_fact (client_id, owner_org, birth_date, sex) values (?, ?, ?, ?)
                on conflict (client_id) do nothing""", ps -> {
            ps.setObject(1, registered.clientId());
            ps.setString(2, registered.ownerOrg());
            ps.setDate(3, registered.birthDate() == null ? null : Date.valueOf(registered.birthDate()));
            ps.setString(4, registered.sex());
            return ps.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    public Optional<ClientFact> find(UUID clientId) {
        return jdbc.prepareStatement("select owner_org, birth_date, sex from kit_client_fact where client_id = ?", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<ClientFact>empty();
                }
                Date birth = rs.getDate("birth_date");
                return Optional.of(new ClientFact(clientId, Org.valueOf(rs.getString("owner_org")),
                        birth == null ? null : birth.toLocalDate(), rs.getString("sex")));
            }
        });
    }
}
