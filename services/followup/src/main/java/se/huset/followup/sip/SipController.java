package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/followup")
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class SipController {

    private final Sips sips;
    private final Idempotency idempotency;

    public SipController(Sips sips, Idempotency idempotency) {
        this.sips = sips;
        this.idempotency = idempotency;
    }

    @Post("/sips")
    public HttpResponse<?> create(@Body Sips.SipRequest request, Authentication auth,
                                  @Nullable @Header(Idempotency.HEADER) String key) {
        Staff staff = Staff.of(auth);
        return idempotency.created("followup/sips/" + staff.username(), key, () -> sips.create(staff, request));
    }

    @Post("/sips/{id}")
    public SipPlan update(UUID id, @Body Sips.SipUpdate update, Authentication auth) {
        return sips.update(Staff.of(auth), id, update);
    }

    @Get("/clients/{clientId}/sips")
    public Visible<SipPlan> forClient(UUID clientId, Authentication auth) {
        return sips.forClient(Staff.of(auth), clientId);
    }
}
