package se.huset.kit.audit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.UUID;

/** For AUDITOR (loggkontroll): who accessed one client's data in this service. */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}")
@Secured(Roles.AUDITOR)
public class AuditController {

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(description = """
            Every read and write of that client's data in the service, allowed or refused, with its basis.

            Who may call it: AUDITOR.
            """)
    @Get("/clients/{clientId}/access-log")
    public List<AuditLog.AccessRecord> accessLog(UUID clientId, Authentication authentication) {
        List<AuditLog.AccessRecord> rows = audit.forClient(clientId);
        audit.record(AuditEntry.of(Staff.of(authentication), clientId, "READ_ACCESS_LOG",
                "client/" + clientId + "/access-log", "AUDIT", AuditEntry.Outcome.ALLOWED));
        return rows;
    }
}
