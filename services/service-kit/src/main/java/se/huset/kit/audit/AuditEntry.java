package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.security.Staff;

import java.util.UUID;

/**
 * One access to client-level data. {@code basis} says why it was allowed (OWNER, CONSENT:&lt;id&gt;,
 * EMERGENCY:&lt;reason&gt;, AUDIT, SERVICE) or why it was refused.
 */
public record AuditEntry(String username, @Nullable String org, String roles, @Nullable UUID clientId,
                         String action, String resource, String basis, Outcome outcome) {

    public enum Outcome { ALLOWED, DENIED }

    public static AuditEntry of(Staff staff, @Nullable UUID clientId, String action, String resource,
                                String basis, Outcome outcome) {
        return new AuditEntry(staff.username(), staff.org() == null ? null : staff.org().name(), staff.rolesText(),
                clientId, action, resource, basis, outcome);
    }
}
