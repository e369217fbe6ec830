package se.huset.gateway.revocation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.RevocationList;

/**
 * {@code GET /api/auth/revocations}, on the internal listener only (as the service tokens), for the
 * services' pollers: a SERVICE token with scope {@code revocations:read} (every service's grant) reads the whole
 * list in force. It names users, so nobody outside the suite reads it.
 */
@Controller(value = "/api/auth", port = "${huset.internal-port}")
@Secured(Roles.SERVICE)
public class RevocationController {

    private final Revocations revocations;

    public RevocationController(Revocations revocations) {
        this.revocations = revocations;
    }

    /**
     * `{"tokens":[{"id","expiresAt"}]}`: the tokens revoked and not yet expired, for a SERVICE token with scope
     * `revocations:read`.
     *
     * Who may call it: services, on the gateway's internal port only.
     */
    @Get("/revocations")
    public RevocationList revocations() {
        return revocations.current();
    }
}
