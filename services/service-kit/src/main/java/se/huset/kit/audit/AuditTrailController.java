package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;


/**
 * For AUDITOR, in every process with an audit log (the gateway's sign-ins too): the log by user and time window,
 * {@code GET /api/{service}/audit?username=&from=&to=&after=&limit=}, and whether it is intact.
 */
@Controller("/api/${huset.service.name}/audit")
@Secured(Roles.AUDITOR)
public class AuditTrailController {

    private final AuditLog audit;

    public AuditTrailController(AuditLog audit) {
        this.audit = audit;
    }

    /** {@code from}/{@code to}: an instant, or a day in the clinic's time zone ({@code to}'s day included). */
    @Operation(description = """
            The service's audit rows by user and time window, a page at a time (the gateway's too: sign-ins and token
            issues); the search is itself logged.

            Who may call it: AUDITOR.
            """)
    @Get
    public Page<AuditLog.LoggedAccess> search(@QueryValue @Nullable String username, @QueryValue @Nullable String from,
                                              @QueryValue @Nullable String to, @QueryValue @Nullable String after,
                                              @QueryValue @Nullable String limit, Authentication authentication) {
        return audit.searchBy(Staff.of(authentication),
                AuditQuery.of(username, from, to, after, ListParams.limit(limit)));
    }

    @Operation(description = """
            `{"valid": true|false, "rows": N, "anchoredId": …}`: recomputes the keyed chain (HMAC-SHA256) and checks the
            last anchored row; an edited, deleted or reordered row, or missing newest rows up to the last anchor, make
            it invalid.

            Who may call it: AUDITOR.
            """)
    @Get("/verify")
    public AuditLog.Verification verify() {
        return audit.verify();
    }
}
