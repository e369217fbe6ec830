package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.intake.client.Client;
import se.huset.intake.client.ClientRepository;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.AccessDecision;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.UUID;

/**
 * The audit row for a write of the writer's own contact. The contact is the writer's body's, but the client it is
 * about may be the other body's: the row then says so ({@link #OWN_CONTACT}) instead of claiming OWNER, or names
 * the consent or emergency opening under which the writer may see that client.
 */
@Singleton
public class ContactAudit {

    /** The writer's body owns the contact; the client it is about is another body's, and not visible to it. */
    public static final String OWN_CONTACT = "OWN_CONTACT";

    private final ClientRepository clients;
    private final ConsentGuard guard;
    private final AuditLog audit;

    public ContactAudit(ClientRepository clients, ConsentGuard guard, AuditLog audit) {
        this.clients = clients;
        this.guard = guard;
        this.audit = audit;
    }

    public void wrote(Staff writer, @Nullable UUID clientId, String action, String resource) {
        Client client = clientId == null ? null : clients.findById(clientId).orElse(null);
        audit.record(AuditEntry.of(writer, clientId, action, resource, basis(writer, client),
                AuditEntry.Outcome.ALLOWED));
    }

    /** OWNER, CONSENT:…, EMERGENCY:… where the writer may see the client; else {@link #OWN_CONTACT}. */
    String basis(Staff writer, @Nullable Client client) {
        if (client == null) {
            return "OWNER";
        }
        AccessDecision decision = guard.decide(writer, List.of(client.asIdentityRecord())).get(0);
        return decision.allowed() ? decision.basis() : OWN_CONTACT;
    }
}
