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

    /**
     * Grant
     * `{"recipientOrgs":["KOMMUN"],"categories":["IDENTITY"],"purpose":"CARE_COORDINATION","form":"VERBAL|WRITTEN","validUntil":"YYYY-MM-DD"}`
     * → 201 with `id`, `grantedBy`, `grantedOrg`, `form`; `validUntil` defaults to 12 months, at most 36. Recipients
     * that include the recorder's own body: 403 problem+json, logged `NOT_DISCLOSING_BODY`, nothing stored or
     * published.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the **disclosing body** (the body whose data it
     * releases).
     */
    @Post("/clients/{clientId}/consents")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> grant(UUID clientId, @Body @Valid GrantConsentRequest request,
                                 @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("consent:" + staff.username(), idempotencyKey,
                () -> registry.grant(staff, clientId, request));
    }

    /**
     * `{"reason": "…", "requestedBy": "CLIENT|REPRESENTATIVE|STAFF"}`; records `revokedBy`, `revokedOrg`,
     * `revokeRequestedBy`; takes effect at once in intake, within about a second in every other service; a second
     * revocation is 409.
     *
     * Who may call it: staff of the consent's disclosing body (`grantedOrg`; for older consents the client's owning
     * body); anyone else 403.
     */
    @Post("/consents/{consentId}/revoke")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ConsentView revoke(UUID consentId, @Body @Valid RevokeConsentRequest request,
                              Authentication authentication) {
        return registry.revoke(Staff.of(authentication), consentId, request);
    }

    /**
     * The client's consents with status ACTIVE, EXPIRED or REVOKED and who recorded each for which body, so the owning
     * body sees grants the other body recorded.
     *
     * Who may call it: client-work roles.
     */
    @Get("/clients/{clientId}/consents")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public List<ConsentView> list(UUID clientId, Authentication authentication) {
        return registry.list(Staff.of(authentication), clientId);
    }
}
