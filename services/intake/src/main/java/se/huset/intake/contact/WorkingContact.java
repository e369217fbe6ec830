package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.intake.care.CareTeam;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The triage board as a worklist: a waiting contact is taken by one member of staff ("Jag tar den"), given to a
 * named colleague of the same body, released again, or closed without triage with a reason. Only the body that
 * owns the contact works it; a refusal is logged like any refused access, and every change is an audit row.
 */
@Singleton
public class WorkingContact {

    private final ContactRepository contacts;
    private final ContactQueries views;
    private final Colleagues colleagues;
    private final ContactAudit written;
    private final CareTeam careTeam;
    private final AuditLog audit;
    private final Clock clock;

    public WorkingContact(ContactRepository contacts, ContactQueries views, Colleagues colleagues,
                          ContactAudit written, CareTeam careTeam, AuditLog audit, Clock clock) {
        this.careTeam = careTeam;
        this.contacts = contacts;
        this.views = views;
        this.colleagues = colleagues;
        this.written = written;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reader takes the contact: it is theirs until they release it, give it on, triage or close it. */
    @Transactional
    public ContactView take(Staff staff, UUID contactId) {
        return assign(staff, contactId, staff.username(), "TAKE");
    }

    /** Gives the contact to a colleague of the owning body, known to intake. */
    @Transactional
    public ContactView assign(Staff staff, UUID contactId, String assignee) {
        return assign(staff, contactId, assignee, "ASSIGN");
    }

    /** Nobody has the contact any more; it waits on the board for whoever takes it. */
    @Transactional
    public ContactView release(Staff staff, UUID contactId) {
        Contact contact = owned(staff, contactId, "RELEASE");
        Instant now = now();
        if (!contacts.assign(contactId, null, now)) {
            throw gone(contactId);
        }
        return done(staff, contact, "RELEASE", now);
    }

    /** Closes a waiting contact without triage, for a reason that needs no assessment. */
    @Transactional
    public ContactView close(Staff staff, UUID contactId, CloseReason reason, @Nullable String note) {
        Contact contact = owned(staff, contactId, "CLOSE");
        Instant now = now();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!contacts.close(contactId, reason, text, staff.username(), now)) {
            throw gone(contactId);
        }
        return done(staff, contact, "CLOSE:" + reason.name(), now);
    }

    private ContactView assign(Staff staff, UUID contactId, String assignee, String action) {
        Contact contact = owned(staff, contactId, action);
        colleagues.seen(staff, clock.instant());
        String who = assignee == null ? "" : assignee.strip();
        if (!who.equals(staff.username()) && !colleagues.isColleague(who, contact.ownerOrg())) {
            throw ProblemException.invalid("assignee", "is not a colleague of " + contact.ownerOrg()
                    + " known to intake");
        }
        Instant now = now();
        if (!contacts.assign(contactId, who, now)) {
            throw gone(contactId);
        }
        return done(staff, contact, action + ":" + who, now);
    }

    /** The contact, if it is waiting and the reader's body owns it; a refusal is logged before it is answered. */
    private Contact owned(Staff staff, UUID contactId, String action) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> ProblemException.notFound("Contact " + contactId));
        if (staff.org() == null || contact.ownerOrg() != staff.org()) {
            audit.recordIndependently(AuditEntry.of(staff, contact.clientId(), action, "contact/" + contactId,
                    "NOT_OWNER", AuditEntry.Outcome.DENIED));
            throw ProblemException.forbidden("Only the body that owns the contact works it on the triage board.");
        }
        if (contact.status() != Contact.Status.NEW) {
            throw gone(contactId);
        }
        return contact;
    }

    private ContactView done(Staff staff, Contact before, String action, Instant now) {
        Contact after = contacts.findById(before.id()).orElseThrow();
        careTeam.contactAssigned(staff, after, before.assignedTo());
        written.wrote(staff, before.clientId(), action, "contact/" + before.id());
        return views.view(staff, after);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException gone(UUID contactId) {
        return ProblemException.conflict("Contact " + contactId + " is no longer waiting: it was triaged or closed.");
    }
}
