package se.huset.kit.consent;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientRegistry;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Break-the-glass (nödåtkomst): opens one registered client to one user for a short time, in a situation the law
 * allows to the user's body and role ({@link EmergencySituation}), with a written explanation. One live opening
 * per user and client: a second would only stretch the window. The opening, its audit row and the notice to the
 * body that owns the client (whose data it opens: the other body's, or the opener's own past need-to-know) commit
 * together. The API and every page use this.
 */
@Singleton
public class EmergencyAccess {

    /**
     * An opening as its opener sees it. {@code notifiedOrg} is the body told of it; the notice it reads carries no
     * explanation, which may hold the opener's body's data about the client.
     */
    @Serdeable
    public record Opened(long id, UUID clientId, String username, Org openerOrg, EmergencySituation situation,
                         String law, String explanation, Org notifiedOrg, Instant openedAt, Instant expiresAt) {
    }

    private final ConsentStore store;
    private final ClientRegistry clients;
    private final AuditLog audit;
    private final Duration length;

    public EmergencyAccess(ConsentStore store, ClientRegistry clients, AuditLog audit,
                           @Value("${huset.emergency-access.length:1h}") Duration length) {
        this.store = store;
        this.clients = clients;
        this.audit = audit;
        this.length = length;
    }

    /**
     * Opens the client: 403 for a situation the user's body and role may not invoke, 404 for a client this service
     * does not know, 409 while the user's last opening of the client is still live. Nothing is written unless it
     * opens.
     */
    @Transactional
    public Opened open(Staff staff, UUID clientId, EmergencySituation situation, String explanation) {
        if (!situation.allows(staff)) {
            throw ProblemException.forbidden("emergency access in situation " + situation
                    + " is not open to this role and body");
        }
        Org owner = clients.ownerOf(clientId).orElseThrow(() -> ProblemException.notFound("client " + clientId));
        store.lockOpenings(staff.username(), clientId);
        store.liveOpening(staff.username(), clientId, Instant.now()).ifPresent(live -> {
            throw ProblemException.conflict("emergency access to this client is already open until "
                    + live.expiresAt());
        });
        Opened opened = store.openEmergency(staff, clientId, situation, explanation, owner, length);
        audit.record(AuditEntry.of(staff, clientId, "EMERGENCY_OPEN", "client/" + clientId,
                "EMERGENCY:" + situation + ":" + explanation, AuditEntry.Outcome.ALLOWED));
        return opened;
    }
}
