package se.huset.intake.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.intake.client.ClientView;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the client pages need beside {@link se.huset.intake.client.ClientQueries}: which body owns a client (to
 * say whose consent is missing; the owner is no client data), and the search, through the consent rule like the
 * API's. The search has its own statement because ClientRepository.search builds invalid SQL (its text block
 * loses the space before {@code from}); see the pages' report for the one-line fix.
 */
@Singleton
public class ClientLookup {

    private final JdbcOperations jdbc;
    private final ConsentGuard guard;

    public ClientLookup(JdbcOperations jdbc, ConsentGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public Optional<Org> ownerOf(UUID clientId) {
        return jdbc.prepareStatement("select owner_org from client where id = ?", ps -> {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Org.valueOf(rs.getString(1))) : Optional.<Org>empty();
            }
        });
    }

    /** Clients whose identifier or name contains the text (case-insensitive), newest first; others' counted. */
    @Transactional
    public Visible<ClientView.Summary> search(Staff staff, String text, int limit) {
        List<ClientView.Summary> found = jdbc.prepareStatement("""
                select id, identifier, identifier_kind, name, owner_org from client
                where identifier like ? or lower(name) like ? order by created_at desc limit ?""", ps -> {
            String digits = text.replaceAll("[^0-9A-Za-z]", "");
            ps.setString(1, "%" + (digits.isEmpty() ? text : digits).toUpperCase() + "%");
            ps.setString(2, "%" + text.toLowerCase() + "%");
            ps.setInt(3, limit);
            List<ClientView.Summary> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ClientView.Summary(rs.getObject("id", UUID.class), rs.getString("identifier"),
                            rs.getString("identifier_kind"), rs.getString("name"), Org.valueOf(rs.getString("owner_org"))));
                }
            }
            return rows;
        });
        return guard.filter(staff, found,
                s -> new OwnedRecord(s.id(), s.ownerOrg(), DataCategory.IDENTITY, "client/" + s.id()), "SEARCH");
    }
}
