package se.huset.intake.contact;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.security.Org;
import se.huset.intake.client.ClientRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.events.Outbox;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Triages a new contact once: urgency, pathway, responsible bodies, risks; publishes ContactTriaged. */
@Singleton
public class TriagingContact {

    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final Outbox outbox;
    private final ConsentGuard guard;
    private final Clock clock;

    public TriagingContact(ContactRepository contacts, ClientRepository clients, Outbox outbox, ConsentGuard guard,
                           Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.outbox = outbox;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public ContactView triage(Staff staff, UUID contactId, TriageRequest request) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> ProblemException.notFound("Contact " + contactId));
        guard.read(staff, contact.asRecord(), "TRIAGE", contact);
        List<Org> responsible = responsibleOrgs(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean done = contacts.triage(contactId, request.urgency(), request.pathway(), responsible,
                request.riskFlags() == null ? List.of() : request.riskFlags().stream().distinct().toList(),
                request.auditScore(), request.duditScore(), request.note(), staff.username(), now);
        if (!done) {
            throw ProblemException.conflict("Contact " + contactId + " has already been triaged.");
        }
        outbox.publish(EventTypes.CONTACT_TRIAGED, contactId, new ContactTriaged(contactId, contact.clientId(),
                request.urgency().name(), request.pathway().name(), responsible.stream().map(Enum::name).toList(),
                contact.registeredAt(), now));
        Contact triaged = contacts.findById(contactId).orElseThrow();
        return ContactView.of(triaged, triaged.clientId() == null ? null : clients.findById(triaged.clientId()).orElse(null), now);
    }

    private static List<Org> responsibleOrgs(TriageRequest request) {
        List<Org> given = request.responsibleOrgs() == null ? List.of() : request.responsibleOrgs().stream().distinct().toList();
        if (given.contains(Org.USER_ORG)) {
            throw ProblemException.invalid("responsibleOrgs", "only REGION and KOMMUN can be responsible");
        }
        if (!given.isEmpty()) {
            return given;
        }
        Pathway pathway = request.pathway();
        return pathway.runBy() == null ? List.of() : List.of(pathway.runBy());
    }
}
