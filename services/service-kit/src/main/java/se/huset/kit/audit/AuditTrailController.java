package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.PageDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
    @Get
    public Page<AuditLog.LoggedAccess> search(@QueryValue @Nullable String username, @QueryValue @Nullable String from,
                                              @QueryValue @Nullable String to, @QueryValue @Nullable String after,
                                              @QueryValue @Nullable String limit, Authentication authentication) {
        String user = username == null || username.isBlank() ? null : username.strip();
        AuditQuery query = new AuditQuery(user, instant("from", from, false), instant("to", to, true),
                Cursor.parse("after", after, AuditQuery.CURSOR_KEYS).orElse(null), ListParams.limit(limit));
        Page<AuditLog.LoggedAccess> page = audit.search(query);
        // the auditors' own reading is logged like any other (who looked at whose trail, when)
        audit.record(AuditEntry.of(Staff.of(authentication), null, "SEARCH_AUDIT_LOG",
                "audit?username=" + (user == null ? "" : user) + "&from=" + (from == null ? "" : from)
                        + "&to=" + (to == null ? "" : to), "AUDIT", AuditEntry.Outcome.ALLOWED));
        return page;
    }

    @Get("/verify")
    public AuditLog.Verification verify() {
        return audit.verify();
    }

    private static @Nullable Instant instant(String name, @Nullable String raw, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(raw.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(PageDates.CLINIC).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD) or an instant (2026-03-01T08:00:00Z)");
            }
        }
    }
}
