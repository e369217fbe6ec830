package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.intake.client.Client;
import se.huset.intake.client.ClientRepository;
import se.huset.kit.consent.AccessDecision;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.LiveList;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
        return view(staff, contact);
    }

    /** One contact the reader may see, with the person only where the reader may see that client's identity. */
    public ContactView view(Staff staff, Contact contact) {
        return views(staff, List.of(contact)).get(0);
    }

    /** One page of a contact list as the reader may see it: the page's rows, its cursor, and what was withheld. */
    public Page<ContactView> list(Staff staff, ContactFilter filter, Optional<Cursor> after, int limit) {
        return page(staff, filter, after, limit, "LIST");
    }

    /** One page of a client's contacts, newest first, read (and logged) as part of the client. */
    public Page<ContactView> ofClient(Staff staff, UUID clientId, Optional<Cursor> after, int limit) {
        return page(staff, ContactFilter.ofClient(clientId), after, limit, "READ");
    }

    private Page<ContactView> page(Staff staff, ContactFilter filter, Optional<Cursor> after, int limit, String action) {
        Page<Contact> rows = Page.of(contacts.page(filter, after, Page.fetchSize(limit)), limit,
                c -> ContactRepository.cursorOf(filter, c));
        Page<Contact> visible = guard.page(staff, rows, Contact::asRecord, action);
        return new Page<>(views(staff, visible.items()), visible.next(), visible.withheld());
    }

    /** A page of the waiting queue as a polling board shows it, with the version it shows and the open count. */
    public record LiveQueue(List<ContactView> items, int withheld, String version, @Nullable String next, long open) {
    }

    /**
     * A page for a polling board: a poll that shows what the reader's page already shows is not logged again
     * ({@link ConsentGuard#refresh}). {@code open} counts every waiting contact the filter matches, shown or not:
     * a number, never who.
     */
    public LiveQueue live(Staff staff, ContactFilter filter, Optional<Cursor> after, int limit, @Nullable String shown) {
        Page<Contact> rows = Page.of(contacts.page(filter, after, Page.fetchSize(limit)), limit,
                c -> ContactRepository.cursorOf(filter, c));
        LiveList<Contact> visible = guard.refresh(staff, rows.items(), Contact::asRecord, "LIST", shown);
        return new LiveQueue(views(staff, visible.items()), visible.withheld(), visible.version(), rows.next(),
                contacts.count(filter));
    }

    /**
     * Views for contacts the reader may already see, with each identified person looked up once. A contact of the
     * reader's own body can be about a client the other body holds: the person (the registry's name, identifier and
     * phone) is shown only where the reader may see that client's identity, as on the client page.
     */
    public List<ContactView> views(Staff staff, List<Contact> visible) {
        List<UUID> ids = visible.stream().map(Contact::clientId).filter(Objects::nonNull).distinct().toList();
        List<Client> found = ids.isEmpty() ? List.of() : clients.findByIds(ids);
        List<AccessDecision> identity = guard.decide(staff, found.stream().map(Client::asIdentityRecord).toList());
        Map<UUID, Client> byId = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            if (identity.get(i).allowed()) {
                byId.put(found.get(i).id(), found.get(i));
            }
        }
        Instant now = clock.instant();
        return visible.stream().map(c -> ContactView.of(c, c.clientId() == null ? null : byId.get(c.clientId()), now))
                .toList();
    }
}
