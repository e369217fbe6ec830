package se.huset.followup.research;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/followup/research-exports")
@Secured(Roles.RESEARCHER)
public class ResearchExportController {

    private final ResearchExports exports;
    private final Idempotency idempotency;

    public ResearchExportController(ResearchExports exports, Idempotency idempotency) {
        this.exports = exports;
        this.idempotency = idempotency;
    }

    /**
     * A pseudonymised export of the life-situation forms → 201 `{"id","rows","clients"}`; the CSV has a random key per
     * client drawn for this export only (never from the personnummer), age in ten-year bands, months instead of dates;
     * the key table stays in followup, and every client is in the audit log at export and download; only its maker
     * downloads it.
     *
     * Who may call it: RESEARCHER.
     */
    @Post
    public HttpResponse<?> create(Authentication auth, @Nullable @Header(Idempotency.HEADER) String key) {
        Staff staff = Staff.of(auth);
        return idempotency.created("followup/research-exports/" + staff.username(), key, () -> exports.create(staff));
    }

    /**
     * A pseudonymised export of the life-situation forms → 201 `{"id","rows","clients"}`; the CSV has a random key per
     * client drawn for this export only (never from the personnummer), age in ten-year bands, months instead of dates;
     * the key table stays in followup, and every client is in the audit log at export and download; only its maker
     * downloads it.
     *
     * Who may call it: RESEARCHER.
     */
    @Get("/{id}/csv")
    public HttpResponse<String> csv(UUID id, Authentication auth) {
        return HttpResponse.ok(exports.csv(Staff.of(auth), id))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"followup-" + id + ".csv\"");
    }
}
