package se.huset.intake.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.consent.ConsentStore;
import se.huset.kit.consent.EmergencyOpening;
import se.huset.kit.security.Staff;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Break-the-glass from the client page, as service-kit's emergency-access endpoint does it: the opening and its
 * audit row commit together, with the same length and the reason in the basis so the review sees why.
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
