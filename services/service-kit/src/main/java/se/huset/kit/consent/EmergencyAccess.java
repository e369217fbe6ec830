package se.huset.kit.consent;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.security.Staff;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Break-the-glass (nödåtkomst): opens one client to one user for a limited time. The opening and its audit row
 * commit together, the reason in the basis so the review sees why. The API and every page use this.
 */
@Singleton
public class EmergencyAccess {

    private final ConsentStore store;
    private final AuditLog audit;
    private final Duration length;

    public EmergencyAccess(ConsentStore store, AuditLog audit,
                           @Value("${huset.emergency-access.length:4h}") Duration length) {
        this.store = store;
        this.audit = audit;
        this.length = length;
    }

    @Transactional
    public EmergencyOpening open(Staff staff, UUID clientId, String reason) {
        EmergencyOpening opening = store.openEmergency(staff.username(), clientId, reason, length);
        audit.record(List.of(AuditEntry.of(staff, clientId, "EMERGENCY_OPEN", "client/" + clientId,
                "EMERGENCY:" + reason, AuditEntry.Outcome.ALLOWED)));
        return opening;
    }
}
