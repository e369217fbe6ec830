package se.huset.intake.client;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.ClientIdentity;
import se.huset.contracts.intake.ContactKind;
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactQueries;
import se.huset.intake.contact.ContactRepository;
import se.huset.intake.contact.ContactView;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The client with one page of their contacts, newest first ({@code after} from the page before), and the last
     * 12 months counted by kind over all the contacts of those months the reader may see.
     */
    public ClientView get(Staff staff, UUID id, Optional<Cursor> after, int limit) {
        Client client = clients.findById(id).orElseThrow(() -> ProblemException.notFound("Client " + id));
        guard.read(staff, client.asIdentityRecord(), "READ", client);
        Page<ContactView> page = contactQueries.ofClient(staff, id, after, limit);
        Instant yearAgo = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        Visible<Contact> lastYear = guard.filter(staff, contacts.forClientSince(id, yearAgo), Contact::asRecord, "READ");
        Map<ContactKind, Long> history = new EnumMap<>(ContactKind.class);
        lastYear.items().forEach(c -> history.merge(c.kind(), 1L, Long::sum));
        return new ClientView(client.id(), client.identifier(), client.identifierKind(),
                "RESERVNUMMER".equals(client.identifierKind()), client.name(), client.phone(), client.birthDate(),
                client.sex(), client.ownerOrg(), client.createdAt(), page, history);
    }

    /** One page of a search, newest clients first; clients the reader may not see are counted, not shown. */
    public Page<ClientView.Summary> search(Staff staff, String text, Optional<Cursor> after, int limit) {
        Page<Client> rows = Page.of(clients.search(text.strip(), after, Page.fetchSize(limit)), limit,
                ClientRepository::cursorOf);
        return guard.page(staff, rows, Client::asIdentityRecord, "SEARCH").map(ClientView.Summary::of);
    }

    /**
     * The identities of these clients as the reader may see them, for naming the clients of another service's
     * worklist: the same rule as the client page (the other body's clients only under consent or an emergency
     * opening), an audit row per client shown, the rest counted. Ids intake does not know are left out.
     */
    public Visible<ClientIdentity> identities(Staff staff, List<UUID> ids) {
        Visible<Client> visible = guard.filter(staff, clients.findByIds(ids), Client::asIdentityRecord, "IDENTITY");
        return new Visible<>(visible.items().stream()
                .map(c -> new ClientIdentity(c.id(), c.identifier(), c.identifierKind(), c.name())).toList(),
                visible.withheld());
    }
}
