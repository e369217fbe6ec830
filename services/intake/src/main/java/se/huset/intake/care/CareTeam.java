package se.huset.intake.care;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.CareRelationshipChanged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.intake.client.Client;
import se.huset.intake.client.ClientRepository;
import se.huset.intake.contact.Colleagues;
import se.huset.intake.contact.Contact;
import se.huset.intake.contact.ContactRepository;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who works with a client inside a body: the relationships that need-to-know rests on ({@link CareRelationships}).
 * Intake starts them where the client comes in (the unit of the staff who take the contact, whoever has the
 * contact on the board) and keeps the care team (a named coordinator, a treatment team), and publishes every change
 * so that each service holds the same relationships. A member, or the reception of a body holding a contact of
 * the client, adds others; nobody adds themselves, which would make need-to-know a formality.
 */
@Singleton
public class CareTeam {

    /** How a care-team entry relates to the client. */
    public enum Basis { COORDINATOR, TREATMENT }

    /** The ref of a care team's own relationships ({@code team:COORDINATOR}, {@code team:TREATMENT}). */
    private static final String TEAM_REF = "team:";

    private static final Pattern UNIT = Pattern.compile("[\\p{L}\\p{N} ._&-]{1,80}");

    private final CareRelationships relationships;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final Colleagues colleagues;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public CareTeam(CareRelationships relationships, ClientRepository clients, ContactRepository contacts,
                    Colleagues colleagues, Outbox outbox, AuditLog audit, Clock clock) {
        this.relationships = relationships;
        this.clients = clients;
        this.contacts = contacts;
        this.colleagues = colleagues;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit of the staff who registered (or linked) a contact works with its client from now on. */
    public void contactRegistered(Staff staff, Contact contact) {
        if (contact.clientId() != null && staff.unit() != null) {
            change(contact.clientId(), contact.ownerOrg(), CareRelationships.unitParty(staff.unit()), "CONTACT_UNIT",
                    "contact:" + contact.id(), true, staff);
        }
    }

    /**
     * Whoever has the contact on the board (took it, or was given it) works with its client; giving it on or
     * releasing it ends that for the one who had it before.
     */
    public void contactAssigned(Staff staff, Contact after, @Nullable String before) {
        if (after.clientId() == null) {
            return;
        }
        String ref = "contact:" + after.id();
        if (before != null && !before.equals(after.assignedTo())) {
            change(after.clientId(), after.ownerOrg(), CareRelationships.userParty(before), "ASSIGNED", ref, false,
                    staff);
        }
        if (after.assignedTo() != null) {
            change(after.clientId(), after.ownerOrg(), CareRelationships.userParty(after.assignedTo()), "ASSIGNED",
                    ref, true, staff);
        }
    }

    /** The client's live relationships in the reader's body, for its members and its reception. */
    @Transactional
    public List<CareRelationships.Relationship> of(Staff reader, UUID clientId) {
        return read(reader, mayRoute(reader, clientId, "CARE_TEAM_READ"));
    }

    /**
     * The care team as the reader may see it: null, the refusal logged, when not in it nor its reception (said on the
     * page, without names). Decided without throwing: a refusal inside this transaction would roll it back.
     */
    @Transactional
    public @Nullable List<CareRelationships.Relationship> visibleTo(Staff reader, UUID clientId) {
        Client client = clients.findById(clientId).orElseThrow(() -> ProblemException.notFound("Client " + clientId));
        if (!mayRead(reader, clientId)) {
            refused(reader, clientId, "CARE_TEAM_READ");
            return null;
        }
        return read(reader, client);
    }

    private List<CareRelationships.Relationship> read(Staff reader, Client client) {
        List<CareRelationships.Relationship> team = inBody(reader, client.id());
        audit.record(AuditEntry.of(reader, client.id(), "CARE_TEAM_READ", "care-team/" + client.id(), "CARE_TEAM",
                AuditEntry.Outcome.ALLOWED));
        return team;
    }

    /** The client's named coordinator in a body (vård- och stödsamordnare, case manager), not another member. */
    public static boolean isCoordinator(CareRelationships.Relationship r) {
        return r.ref().equals(CareRelationships.COORDINATOR_REF);
    }

    /** Adds a colleague of the reader's body, or a unit, to the client's care team. */
    @Transactional
    public CareRelationships.Relationship add(Staff staff, UUID clientId, @Nullable String party,
                                              @Nullable Basis basis) {
        Client client = mayRoute(staff, clientId, "CARE_TEAM_ADD");
        if (basis == null) {
            throw ProblemException.invalid("basis", "required: one of " + List.of(Basis.values()));
        }
        String valid = party(staff, party);
        if (valid.equals(CareRelationships.userParty(staff.username()))) {
            audit.recordIndependently(AuditEntry.of(staff, clientId, "CARE_TEAM_ADD", "care-team/" + clientId,
                    "SELF_ADD", AuditEntry.Outcome.DENIED));
            throw ProblemException.forbidden("Nobody adds themselves to a client's care team: ask a member of the"
                    + " team or reception, or use emergency access if care cannot wait.");
        }
        String ref = TEAM_REF + basis.name();
        change(client.id(), staff.org(), valid, basis.name(), ref, true, staff);
        audit.record(AuditEntry.of(staff, clientId, "CARE_TEAM_ADD:" + valid, "care-team/" + clientId, "CARE_TEAM",
                AuditEntry.Outcome.ALLOWED));
        return relationships.forClient(client.id()).stream()
                .filter(r -> r.party().equals(valid) && r.ref().equals(ref)).findFirst().orElseThrow();
    }

    /**
     * Ends one relationship of the client's care team in the reader's body: 409 for one that comes from a contact
     * or the triage board (it ends with them), 403 (logged) for a reader who may not end it ({@link #mayEnd}).
     */
    @Transactional
    public void end(Staff staff, UUID clientId, @Nullable String party, @Nullable String ref) {
        Client client = mayRoute(staff, clientId, "CARE_TEAM_END");
        List<CareRelationships.Relationship> team = inBody(staff, client.id());
        CareRelationships.Relationship found = team.stream()
                .filter(r -> r.party().equals(party) && r.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Care relationship " + party + " " + ref));
        if (!found.ref().startsWith(TEAM_REF)) {
            throw ProblemException.conflict("This relationship comes from a contact or the triage board and ends with"
                    + " it, not here.");
        }
        if (!mayEnd(staff, found, team, isReception(staff, client.id()))) {
            audit.recordIndependently(AuditEntry.of(staff, clientId, "CARE_TEAM_END:" + found.party(),
                    "care-team/" + clientId, "NOT_COORDINATOR", AuditEntry.Outcome.DENIED));
            throw ProblemException.forbidden("The client's coordinator decides who leaves the care team; you may end"
                    + " your own place in it.");
        }
        change(client.id(), staff.org(), found.party(), found.basis(), found.ref(), false, staff);
        audit.record(AuditEntry.of(staff, clientId, "CARE_TEAM_END:" + found.party(), "care-team/" + clientId,
                "CARE_TEAM", AuditEntry.Outcome.ALLOWED));
    }

    /** Of the client's care team, the relationships the reader may end (the page offers no other). */
    @Transactional(readOnly = true)
    public List<CareRelationships.Relationship> endable(Staff staff, UUID clientId,
                                                        List<CareRelationships.Relationship> team) {
        boolean reception = isReception(staff, clientId);
        return team.stream().filter(r -> r.ref().startsWith(TEAM_REF) && mayEnd(staff, r, team, reception)).toList();
    }

    /**
     * Who ends a care-team relationship: its own party (leaving the team), the client's coordinator, or the reception
     * of a body that took a contact from the client; while the client has no coordinator, any member.
     */
    private static boolean mayEnd(Staff staff, CareRelationships.Relationship r,
                                  List<CareRelationships.Relationship> team, boolean reception) {
        Set<String> mine = CareRelationships.partiesOf(staff);
        if (reception || mine.contains(r.party())) {
            return true;
        }
        List<CareRelationships.Relationship> coordinators = team.stream()
                .filter(CareTeam::isCoordinator).toList();
        return coordinators.isEmpty() || coordinators.stream().anyMatch(c -> mine.contains(c.party()));
    }

    private List<CareRelationships.Relationship> inBody(Staff staff, UUID clientId) {
        return relationships.forClient(clientId).stream().filter(r -> inBody(r, staff.org())).toList();
    }

    private boolean isReception(Staff staff, UUID clientId) {
        return staff.org() != null && staff.has(Roles.RECEPTION) && contacts.anyOwnedBy(clientId, staff.org());
    }

    /**
     * The client, when the staff member may see and change the care team: a member of it (a live relationship in
     * their body), or the reception of a body that holds a contact of the client. Anyone else is refused and logged.
     */
    private Client mayRoute(Staff staff, UUID clientId, String action) {
        Client client = clients.findById(clientId).orElseThrow(() -> ProblemException.notFound("Client " + clientId));
        if (!mayRead(staff, clientId)) {
            refused(staff, clientId, action);
            throw ProblemException.forbidden("Only the client's care team, or the reception of a body that took a"
                    + " contact from the client, sees and changes the care team.");
        }
        return client;
    }

    private boolean mayRead(Staff staff, UUID clientId) {
        boolean member = staff.org() != null && !relationships.relatedTo(staff, Set.of(clientId)).isEmpty();
        return member || isReception(staff, clientId);
    }

    private void refused(Staff staff, UUID clientId, String action) {
        audit.recordIndependently(AuditEntry.of(staff, clientId, action, "care-team/" + clientId,
                "NOT_IN_CARE_TEAM", AuditEntry.Outcome.DENIED));
    }

    private String party(Staff staff, @Nullable String party) {
        String text = party == null ? "" : party.strip();
        if (text.startsWith("user:")) {
            String username = text.substring("user:".length());
            if (!username.equals(staff.username()) && !colleagues.isColleague(username, staff.org())) {
                throw ProblemException.invalid("party", "is not a colleague of " + staff.org() + " known to intake");
            }
            return text;
        }
        if (text.startsWith("unit:") && UNIT.matcher(text.substring("unit:".length())).matches()) {
            return text;
        }
        throw ProblemException.invalid("party", "give user:<username> of a colleague or unit:<unit name>");
    }

    private boolean inBody(CareRelationships.Relationship r, Org body) {
        return r.ownerOrg() == null || r.ownerOrg().equals(body.name());
    }

    private void change(UUID clientId, Org body, String party, String basis, String ref, boolean active, Staff by) {
        Instant now = clock.instant();
        CareRelationshipChanged change = new CareRelationshipChanged(clientId, body.name(), party, basis, ref, active,
                now, by.username());
        relationships.apply(change);
        outbox.publish(EventTypes.CARE_RELATIONSHIP_CHANGED, clientId, change);
    }
}
