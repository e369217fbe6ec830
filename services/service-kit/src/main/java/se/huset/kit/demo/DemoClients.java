package se.huset.kit.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.client.ClientFact;
import se.huset.kit.client.IntakeReplica;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The clients a service's demo history is about: intake's demo clients, as this service's replica has read them
 * from intake's feed, so every service's records name persons that intake's registry (and its name lookup) knows.
 * Ordered by id, which intake's fixed seed fixes, so the same load gives the same history.
 */
@Singleton
public class DemoClients {

    private final JdbcOperations jdbc;
    private final DemoFeeds feeds;

    public DemoClients(JdbcOperations jdbc, DemoFeeds feeds) {
        this.jdbc = jdbc;
        this.feeds = feeds;
    }

    /** Intake's clients once the replica has caught up with intake's feed; empty when intake has none. */
    public List<ClientFact> all() {
        feeds.awaitCaughtUp(IntakeReplica.CURSOR);
        return jdbc.prepareStatement("select client_id, owner_org, birth_date, sex from kit_client_fact order by client_id",
                ps -> {
                    ps.setFetchSize(2000);
                    List<ClientFact> clients = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Date birth = rs.getDate("birth_date");
                            clients.add(new ClientFact(rs.getObject("client_id", UUID.class),
                                    Org.valueOf(rs.getString("owner_org")), birth == null ? null : birth.toLocalDate(),
                                    rs.getString("sex")));
                        }
                    }
                    return clients;
                });
    }
}
