package se.huset.kit.consent;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.UUID;

/**
 * Break-the-glass (nödåtkomst): {@code POST …/emergency-access} opens one registered client to the caller for a
 * short time, in a situation the law allows the caller's body and role, with a written explanation; it is logged,
 * queued for the AUDITOR's review and told to the other body. {@code GET …/situations} lists the situations the
 * caller may invoke; {@code GET …/notices} is the owning body's list of openings of its data.
 */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}/emergency-access")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class EmergencyAccessController {

    private final EmergencyAccess emergency;
    private final EmergencyNotices notices;

    public EmergencyAccessController(EmergencyAccess emergency, EmergencyNotices notices) {
        this.emergency = emergency;
        this.notices = notices;
    }

    @Post
    public HttpResponse<EmergencyAccess.Opened> open(@Body @Valid OpenRequest request, Authentication authentication) {
        return HttpResponse.created(emergency.open(Staff.of(authentication), request.clientId(), request.situation(),
                request.explanation()));
    }

    @Get("/situations")
    public Situations situations(Authentication authentication) {
        return new Situations(EmergencySituation.allowedTo(Staff.of(authentication)).stream()
                .map(s -> new Situation(s, s.law())).toList());
    }

    /** The body's staff who may themselves break the glass are the ones who read what the other body opened. */
    @Get("/notices")
    @Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public Page<EmergencyNotices.Notice> notices(@QueryValue @Nullable String after, @QueryValue @Nullable String limit,
                                                 Authentication authentication) {
        return notices.page(Staff.of(authentication),
                Cursor.parse("after", after, EmergencyNotices.CURSOR_KEYS).orElse(null), ListParams.limit(limit));
    }

    @Serdeable
    public record OpenRequest(@NotNull UUID clientId, @NotNull EmergencySituation situation,
                              @NotBlank @Size(min = 10, max = 500) String explanation) {
    }

    @Serdeable
    public record Situation(EmergencySituation situation, String law) {
    }

    @Serdeable
    public record Situations(List<Situation> items) {
    }
}
