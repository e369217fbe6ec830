package se.huset.intake.client;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.ContactKind;
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactQueries;
import se.huset.intake.contact.ContactRepository;
import se.huset.intake.contact.ContactView;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the client registry, each through the consent rule and the audit log. */
@Singleton
@Transactional
public class ClientQueries {

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final ContactQueries contactQueries;
    private final ConsentGuard guard;
    private final Clock clock;

    public ClientQueries(ClientRepository clients, ContactRepository contacts, ContactQueries contactQueries,
                         ConsentGuard guard, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.contactQueries = contactQueries;
        this.guard = guard;
        this.clock = clock;
    }

    public ClientView get(Staff staff, UUID id) {
        Client client = clients.findById(id).orElseThrow(() -> ProblemException.notFound("Client " + id));
        guard.read(staff, client.asIdentityRecord(), "READ", client);
        Visible<Contact> visible = guard.filter(staff, contacts.forClient(id), Contact::asRecord, "READ");
        List<ContactView> views = contactQueries.views(visible.items());
        Instant yearAgo = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        Map<ContactKind, Long> history = new EnumMap<>(ContactKind.class);
        visible.items().stream().filter(c -> c.registeredAt().isAfter(yearAgo))
                .forEach(c -> history.merge(c.kind(), 1L, Long::sum));
        return new ClientView(client.id(), client.identifier(), client.identifierKind(),
                "RESERVNUMMER".equals(client.identifierKind()), client.name(), client.phone(), client.birthDate(),
                client.sex(), client.ownerOrg(), client.createdAt(), new Visible<>(views, visible.withheld()), history);
    }

    public Visible<ClientView.Summary> search(Staff staff, String text, int limit) {
        List<Client> found = clients.search(text.strip(), limit);
        Visible<Client> visible = guard.filter(staff, found, Client::asIdentityRecord, "SEARCH");
        return new Visible<>(visible.items().stream().map(ClientView.Summary::of).toList(), visible.withheld());
    }
}
