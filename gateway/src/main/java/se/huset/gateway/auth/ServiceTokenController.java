package se.huset.gateway.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemResponses;

/**
 * {@code POST /api/auth/service-token} for the services' background jobs, on the gateway's internal listener only
 * ({@code huset.internal-port}, HUSET_GATEWAY_INTERNAL_PORT): Micronaut binds that port for the routes exposed on it
 * and matches them on no other, so the public listener answers 404 whatever is sent. The token names the service
 * whose secret was presented, never a name the caller chose, and carries that service's grant.
 */
@Controller(value = "/api/auth", port = "${huset.internal-port}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ServiceTokenController {

    private final ServiceCredentials credentials;
    private final TokenIssuer issuer;

    public ServiceTokenController(ServiceCredentials credentials, TokenIssuer issuer) {
        this.credentials = credentials;
        this.issuer = issuer;
    }

    /**
     * `{"service","secret"}` → a SERVICE token with that service's grant (`scope`, `aud`); 404 on the public port, 401
     * when the secret is not the named service's own.
     *
     * Who may call it: services, on the gateway's internal port only.
     */
    @Post("/service-token")
    public HttpResponse<?> serviceToken(@Body @Valid ServiceTokenRequest request) {
        boolean own = credentials.whose(request.secret()).filter(request.service()::equals).isPresent();
        if (!own) {
            return ProblemResponses.of(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                    "The secret is not the named service's own.", null));
        }
        // a secret belongs to a service of the suite, and every one has a grant (the revocations at least)
        ServiceGrants.Grant grant = ServiceGrants.of(request.service()).orElseThrow();
        return HttpResponse.ok(TokenController.TokenResponse.of(issuer.forService(request.service(), grant)));
    }

    @Serdeable
    public record ServiceTokenRequest(@Nullable @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String service,
                                      @Nullable @NotBlank @Size(max = 200) String secret) {
    }
}
