package se.huset.intake.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.UUID;

@Controller("/api/intake")
public class ConsentController {

    private final ConsentRegistry registry;
    private final Idempotency idempotency;

    public ConsentController(ConsentRegistry registry, Idempotency idempotency) {
        this.registry = registry;
        this.idempotency = idempotency;
    }

    @Post("/clients/{clientId}/consents")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> grant(UUID clientId, @Body @Valid GrantConsentRequest request,
                                 @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("consent:" + staff.username(), idempotencyKey,
                () -> registry.grant(staff, clientId, request));
    }

    @Post("/consents/{consentId}/revoke")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ConsentView revoke(UUID consentId, @Body @Valid RevokeConsentRequest request,
                              Authentication authentication) {
        return registry.revoke(Staff.of(authentication), consentId, request);
    }

    @Get("/clients/{clientId}/consents")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public List<ConsentView> list(UUID clientId, Authentication authentication) {
        return registry.list(Staff.of(authentication), clientId);
    }
}
