package se.huset.intake.contact;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.ContactTriaged;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
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
    private final ContactQueries views;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ContactAudit written;
    private final Clock clock;

    public TriagingContact(ContactRepository contacts, ContactQueries views, Outbox outbox, ContactAudit written,
                           AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.views = views;
        this.audit = audit;
        this.outbox = outbox;
        this.written = written;
        this.clock = clock;
    }

    @Transactional
    public ContactView triage(Staff staff, UUID contactId, TriageRequest request) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> ProblemException.notFound("Contact " + contactId));
        // triage is a write: only the body that owns the contact triages it, whatever a consent lets others read
        if (staff.org() == null || contact.ownerOrg() != staff.org()) {
            audit.recordIndependently(AuditEntry.of(staff, contact.clientId(), "TRIAGE", "contact/" + contactId,
                    "NOT_OWNER", AuditEntry.Outcome.DENIED));
            throw ProblemException.forbidden("Only the body that owns the contact triages it.");
        }
        List<Org> responsible = responsibleOrgs(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean done = contacts.triage(contactId, request.urgency(), request.pathway(), responsible,
                request.riskFlags() == null ? List.of() : request.riskFlags().stream().distinct().toList(),
                request.auditScore(), request.duditScore(), request.note(), staff.username(), now);
        if (!done) {
            throw ProblemException.conflict("Contact " + contactId + " has already been triaged.");
        }
        written.wrote(staff, contact.clientId(), "TRIAGE", "contact/" + contactId);
        outbox.publish(EventTypes.CONTACT_TRIAGED, contactId, new ContactTriaged(contactId, contact.clientId(),
                request.urgency().name(), request.pathway().name(), responsible.stream().map(Enum::name).toList(),
                contact.registeredAt(), now));
        return views.view(staff, contacts.findById(contactId).orElseThrow());
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
