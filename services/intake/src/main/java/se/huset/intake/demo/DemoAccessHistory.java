package se.huset.intake.demo;

import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.intake.client.Client;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.contact.Contact;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog.PastAccess;
import se.huset.kit.security.Staff;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The audit rows intake's reads of a {@link DemoPopulation} history would have written, as the consent guard
 * writes them: around each identified contact, the registering account's client search (SEARCH), the triage board
 * listing it while it waits (LIST), its triage (TRIAGE), now and then a client page (READ of the client and of each
 * of their contacts shown) or a housing worklist naming the client (IDENTITY). A row is written only where the rule
 * allowed the read at that moment: OWNER for the body that recorded the data, CONSENT:&lt;id&gt; for the other body
 * while a consent names it and covers the data; anything else would have been withheld or refused.
 *
 * <p>Its own seeded {@link Random}, so the population's draws stay as they are. Rows come out oldest first in
 * chunks, for {@code AuditLog.appendHistory}: only the rows of the last weeks wait in memory.
 */
final class DemoAccessHistory {

    static final long SEED = DemoPopulation.SEED + 1;
    /** A client page opened after a contact, by its owner's staff or (under consent) the other body's. */
    static final double PAGE_VIEW = 0.42;
    static final double OTHER_BODY_VIEW = 0.2;
    static final double HOUSING_WORKLIST = 0.05;
    /** How long after a contact its client page may still be opened because of it. */
    private static final Duration PAGE_VIEW_WINDOW = Duration.ofDays(30);
    /** The client search comes at most this long before the registration it leads to. */
    private static final Duration SEARCH_LEAD = Duration.ofMinutes(5);

    private static final Map<String, Staff> ACCOUNTS = Map.of(
            "reception.region", staff("reception.region", Roles.RECEPTION, Org.REGION),
            "therapist.region", staff("therapist.region", Roles.THERAPIST, Org.REGION),
            "reception.kommun", staff("reception.kommun", Roles.RECEPTION, Org.KOMMUN),
            "therapist.kommun", staff("therapist.kommun", Roles.THERAPIST, Org.KOMMUN),
            "socialworker.kommun", staff("socialworker.kommun", Roles.SOCIAL_WORKER, Org.KOMMUN),
            "housing.kommun", staff("housing.kommun", Roles.HOUSING_STAFF, Org.KOMMUN));
    private static final String[] REGION_READERS = {"reception.region", "therapist.region"};
    private static final String[] KOMMUN_READERS = {"reception.kommun", "therapist.kommun", "socialworker.kommun"};
    private static final String[] BOARD_READERS = {"reception.region", "therapist.region", "reception.kommun",
        "therapist.kommun", "socialworker.kommun"};

    private record Pending(PastAccess access, long order) {
    }

    private final Random rnd = new Random(SEED);
    private final Instant now;
    private final Map<UUID, Client> clients = new HashMap<>();
    private final Map<UUID, ConsentView> consents = new HashMap<>();
    private final Map<UUID, List<Contact>> contactsOf = new HashMap<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing((Pending p) -> p.access().at()).thenComparingLong(Pending::order));
    private long queued;

    private DemoAccessHistory(DemoPopulation.DemoSet set, Instant now) {
        this.now = now;
        set.clients().forEach(c -> clients.put(c.id(), c));
        set.consents().forEach(c -> consents.put(c.clientId(), c));
        for (Contact c : set.contacts()) {
            if (c.clientId() != null) {
                contactsOf.computeIfAbsent(c.clientId(), id -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Hands the history to {@code chunks}, oldest first, in lists of at most {@code chunkSize} rows. */
    static void generate(DemoPopulation.DemoSet set, Instant now, int chunkSize, Consumer<List<PastAccess>> chunks) {
        new DemoAccessHistory(set, now).emit(set.contacts(), chunkSize, chunks);
    }

    private void emit(List<Contact> contacts, int chunkSize, Consumer<List<PastAccess>> chunks) {
        List<PastAccess> chunk = new ArrayList<>(chunkSize);
        for (Contact c : contacts) {
            // the contacts come oldest first and no read comes earlier than SEARCH_LEAD before its contact
            Instant settled = c.registeredAt().minus(SEARCH_LEAD);
            while (!pending.isEmpty() && pending.peek().access().at().isBefore(settled)) {
                chunk = add(chunk, pending.poll().access(), chunkSize, chunks);
            }
            if (c.clientId() != null) {
                readsAround(c);
            }
        }
        while (!pending.isEmpty()) {
            chunk = add(chunk, pending.poll().access(), chunkSize, chunks);
        }
        if (!chunk.isEmpty()) {
            chunks.accept(chunk);
        }
    }

    private static List<PastAccess> add(List<PastAccess> chunk, PastAccess access, int chunkSize,
                                        Consumer<List<PastAccess>> chunks) {
        chunk.add(access);
        if (chunk.size() < chunkSize) {
            return chunk;
        }
        chunks.accept(chunk);
        return new ArrayList<>(chunkSize);
    }

    private void readsAround(Contact c) {
        Client client = clients.get(c.clientId());
        Instant registered = c.registeredAt();
        Instant handled = c.triagedAt() != null ? c.triagedAt() : c.closedAt() != null ? c.closedAt() : now;
        read(c.registeredBy(), client.ownerOrg(), DataCategory.IDENTITY, client.id(), "SEARCH",
                "client/" + client.id(), registered.minusSeconds(1 + rnd.nextInt((int) SEARCH_LEAD.toSeconds() - 1)));
        int listings = 1 + rnd.nextInt(2);
        for (int i = 0; i < listings; i++) {
            read(pick(BOARD_READERS), c.ownerOrg(), Contact.categoryFor(c.ownerOrg()), client.id(), "LIST",
                    "contact/" + c.id(), within(registered, handled));
        }
        if (c.status() == Contact.Status.TRIAGED) {
            // the guard's read in the triage request, just before the triage is stamped
            read(c.triagedBy(), c.ownerOrg(), Contact.categoryFor(c.ownerOrg()), client.id(), "TRIAGE",
                    "contact/" + c.id(), c.triagedAt().minusMillis(200));
        }
        if (rnd.nextDouble() < PAGE_VIEW) {
            Org body = rnd.nextDouble() < OTHER_BODY_VIEW ? other(client.ownerOrg()) : client.ownerOrg();
            clientPage(pick(body == Org.REGION ? REGION_READERS : KOMMUN_READERS), client,
                    within(handled, handled.plus(PAGE_VIEW_WINDOW)));
        }
        if (rnd.nextDouble() < HOUSING_WORKLIST) {
            read("housing.kommun", client.ownerOrg(), DataCategory.IDENTITY, client.id(), "IDENTITY",
                    "client/" + client.id(), within(handled, handled.plus(PAGE_VIEW_WINDOW)));
        }
    }

    /** The client page: the client, then each of their contacts so far that the reader may see; refused if not the client. */
    private void clientPage(String reader, Client client, Instant at) {
        if (!read(reader, client.ownerOrg(), DataCategory.IDENTITY, client.id(), "READ", "client/" + client.id(), at)) {
            return;
        }
        for (Contact c : contactsOf.get(client.id())) {
            if (c.registeredAt().isAfter(at)) {
                break;
            }
            read(reader, c.ownerOrg(), Contact.categoryFor(c.ownerOrg()), client.id(), "READ", "contact/" + c.id(), at);
        }
    }

    /** Writes the row if the consent rule allowed the read at {@code at}, which must be in the past. */
    private boolean read(String username, Org owner, DataCategory category, UUID clientId, String action,
                         String resource, Instant at) {
        Staff reader = ACCOUNTS.get(username);
        String basis = basis(reader.org(), owner, category, clientId, at);
        if (basis == null || at.isAfter(now)) {
            return false;
        }
        pending.add(new Pending(new PastAccess(at, AuditEntry.of(reader, clientId, action, resource, basis,
                AuditEntry.Outcome.ALLOWED)), queued++));
        return true;
    }

    /** As {@code ConsentPolicy}: the owner's body, or the other body under a consent in force that day; else none. */
    private String basis(Org reader, Org owner, DataCategory category, UUID clientId, Instant at) {
        if (reader == owner) {
            return "OWNER";
        }
        ConsentView consent = consents.get(clientId);
        LocalDate day = LocalDate.ofInstant(at, ClinicTime.ZONE);
        boolean inForce = consent != null && !consent.grantedAt().isAfter(at)
                && (consent.revokedAt() == null || consent.revokedAt().isAfter(at))
                && !consent.validUntil().isBefore(day);
        return inForce && consent.recipientOrgs().contains(reader) && consent.categories().contains(category)
                ? "CONSENT:" + consent.id() : null;
    }

    private Instant within(Instant from, Instant to) {
        long millis = Math.max(1, Duration.between(from, to).toMillis());
        return from.plusMillis((long) (rnd.nextDouble() * millis));
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static Org other(Org org) {
        return org == Org.REGION ? Org.KOMMUN : Org.REGION;
    }

    private static Staff staff(String username, String role, Org org) {
        return new Staff(username, Set.of(role), org, null);
    }
}
