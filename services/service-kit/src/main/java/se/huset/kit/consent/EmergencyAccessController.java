package se.huset.kit.consent;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.security.Staff;

import java.util.UUID;

/**
 * Break-the-glass (nödåtkomst): opens one client to the caller for a limited time with a written reason. The
 * opening is logged and flagged for review.
 */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}/emergency-access")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class EmergencyAccessController {

    private final EmergencyAccess emergency;

    public EmergencyAccessController(EmergencyAccess emergency) {
        this.emergency = emergency;
    }

    @Post
    public HttpResponse<EmergencyOpening> open(@Body @Valid OpenRequest request, Authentication authentication) {
        return HttpResponse.created(emergency.open(Staff.of(authentication), request.clientId(), request.reason()));
    }

    @Serdeable
    public record OpenRequest(@NotNull UUID clientId, @NotBlank @Size(min = 10, max = 500) String reason) {
    }
}
