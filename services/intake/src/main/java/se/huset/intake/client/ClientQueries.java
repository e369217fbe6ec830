package se.huset.intake.client;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.intake.ClientIdentity;
import se.huset.contracts.intake.ContactKind;
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactQueries;
import se.huset.intake.contact.ContactRepository;
import se.huset.intake.contact.ContactView;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.AccessDecision;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the client registry, each through the consent rule and the audit log. */
@Singleton
@Transactional
public class ClientQueries {

    /** Rounds of rows a search reads to fill a page past clients the reader may not see, before it leads on. */
    static final int MAX_SEARCH_ROUNDS = 10;

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final ContactQueries contactQueries;
    private final ConsentGuard guard;
    private final AuditLog audit;
    private final SearchTermHash searchTerms;
    private final Clock clock;

    public ClientQueries(ClientRepository clients, ContactRepository contacts, ContactQueries contactQueries,
                         ConsentGuard guard, AuditLog audit, SearchTermHash searchTerms, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.contactQueries = contactQueries;
        this.guard = guard;
        this.audit = audit;
        this.searchTerms = searchTerms;
        this.clock = clock;
    }

    /**
     * The client with one page of their contacts, newest first ({@code after} from the page before), and the last
     * 12 months counted by kind over all the contacts of those months the reader may see.
     */
    public ClientView get(Staff staff, UUID id, Optional<Cursor> after, int limit) {
        return view(staff, id, () -> contactQueries.ofClient(staff, id, after, limit));
    }

    /** The client without a page of contacts: the client page shows them in the client's timeline. */
    public ClientView profile(Staff staff, UUID id) {
        return view(staff, id, () -> new Page<>(List.of(), null, 0));
    }

    private ClientView view(Staff staff, UUID id, java.util.function.Supplier<Page<ContactView>> contactsPage) {
        Client client = clients.findById(id).orElseThrow(() -> ProblemException.notFound("Client " + id));
        guard.read(staff, client.asIdentityRecord(), "READ", client);
        Page<ContactView> page = contactsPage.get();
        Instant yearAgo = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        Visible<Contact> lastYear = guard.filter(staff, contacts.forClientSince(id, yearAgo), Contact::asRecord, "READ");
        Map<ContactKind, Long> history = new EnumMap<>(ContactKind.class);
        lastYear.items().forEach(c -> history.merge(c.kind(), 1L, Long::sum));
        return new ClientView(client.id(), client.identifier(), client.identifierKind(),
                "RESERVNUMMER".equals(client.identifierKind()), client.name(), client.phone(), client.birthDate(),
                client.sex(), client.ownerOrg(), client.createdAt(), page, history);
    }

    /**
     * One page of a search, newest clients first, of the clients the reader may see. A search is how an insider
     * would probe the other body's register, so the clients left out are not counted ({@code withheld} stays 0) and
     * the page is filled from further rows rather than answered short: a hit the reader may not see reads exactly
     * like no hit. Each refused hit is logged against its client with the term hashed ({@link SearchTermHash}), so
     * the client's log extract shows the lookup without the log holding the personnummer in clear.
     */
    public Page<ClientView.Summary> search(Staff staff, ClientSearchTerm term, Optional<Cursor> after, int limit) {
        List<Client> shown = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        Optional<Cursor> cursor = after;
        Client lastExamined = null;
        boolean more = true;
        for (int round = 0; round < MAX_SEARCH_ROUNDS && more && shown.size() < limit; round++) {
            List<Client> batch = clients.search(term, cursor, limit + 1);
            List<AccessDecision> decisions = guard.decide(staff, batch.stream().map(Client::asIdentityRecord).toList());
            int examined = 0;
            for (; examined < batch.size() && shown.size() < limit; examined++) {
                Client client = batch.get(examined);
                AccessDecision decision = decisions.get(examined);
                lastExamined = client;
                if (decision.allowed()) {
                    shown.add(client);
                    entries.add(AuditEntry.of(staff, client.id(), "SEARCH", "client/" + client.id(), decision.basis(),
                            AuditEntry.Outcome.ALLOWED));
                } else {
                    entries.add(AuditEntry.of(staff, client.id(), "SEARCH", "client-search/" + searchTerms.hash(term),
                            decision.basis(), AuditEntry.Outcome.DENIED));
                }
            }
            cursor = lastExamined == null ? cursor : Optional.of(ClientRepository.cursorOf(lastExamined));
            // rows left in this batch, or a full batch whose last row was just examined: look once more
            more = examined < batch.size()
                    || batch.size() > limit && !clients.search(term, cursor, 1).isEmpty();
        }
        audit.record(entries);
        String next = more && lastExamined != null ? ClientRepository.cursorOf(lastExamined).encode() : null;
        return new Page<>(shown.stream().map(ClientView.Summary::of).toList(), next, 0);
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
