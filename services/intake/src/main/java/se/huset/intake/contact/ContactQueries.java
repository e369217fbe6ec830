package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.intake.client.Client;
import se.huset.intake.client.ClientRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.LiveList;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of contacts, each through the consent rule and the audit log. */
@Singleton
@Transactional
public class ContactQueries {

    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final ConsentGuard guard;
    private final Clock clock;

    public ContactQueries(ContactRepository contacts, ClientRepository clients, ConsentGuard guard, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.guard = guard;
        this.clock = clock;
    }

    public ContactView one(Staff staff, UUID id) {
        Contact contact = contacts.findById(id).orElseThrow(() -> ProblemException.notFound("Contact " + id));
        guard.read(staff, contact.asRecord(), "READ", contact);
        Client client = contact.clientId() == null ? null : clients.findById(contact.clientId()).orElse(null);
        return ContactView.of(contact, client, clock.instant());
    }

    public Visible<ContactView> list(Staff staff, @Nullable Contact.Status status, int limit) {
        List<Contact> rows = status == null ? contacts.recent(limit) : contacts.byStatus(status, limit);
        Visible<Contact> visible = guard.filter(staff, rows, Contact::asRecord, "LIST");
        return new Visible<>(views(visible.items()), visible.withheld());
    }

    /** A list for a polling page region: a poll that shows what the reader's page already shows is not logged again. */
    public LiveList<ContactView> live(Staff staff, Contact.Status status, int limit, @Nullable String shown) {
        LiveList<Contact> visible = guard.refresh(staff, contacts.byStatus(status, limit), Contact::asRecord, "LIST", shown);
        return new LiveList<>(views(visible.items()), visible.withheld(), visible.version());
    }

    /** Views for contacts the reader may already see, with each identified person looked up once. */
    public List<ContactView> views(List<Contact> visible) {
        List<UUID> ids = visible.stream().map(Contact::clientId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Client> byId = ids.isEmpty() ? Map.of()
                : clients.findByIds(ids).stream().collect(Collectors.toMap(Client::id, Function.identity()));
        Instant now = clock.instant();
        return visible.stream().map(c -> ContactView.of(c, c.clientId() == null ? null : byId.get(c.clientId()), now))
                .toList();
    }
}
