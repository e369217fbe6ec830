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
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(description = """
            Break-the-glass (*nödåtkomst*): `{"clientId","situation","explanation"}` (10–500 characters) opens one
            client the service knows to you for 1 hour (`huset.emergency-access.length`), logged, put in the auditor's
            review queue and told to the body that owns the client; 201
            `{"id","clientId","username","openerOrg","situation","law","explanation","notifiedOrg","openedAt","expiresAt"}`.
            `situation` is `URGENT_CARE_WITHOUT_CONSENT` (Region THERAPIST: PDL 6 kap. 3 §, 4 kap. 1 §),
            `DANGER_TO_LIFE_OR_HEALTH` or `URGENT_LVM` (Kommun SOCIAL_WORKER: OSL 26 kap. 1 och 9 §§, 25 kap. 12 §; LVM
            7 och 13 §§); any other role, body or situation is 403, a client the service's registry does not know 404, a
            second opening while yours is live 409, and none of them writes anything.

            Who may call it: client-work roles; opens only in the situations `…/emergency-access/situations` names.
            """)
    @Post
    public HttpResponse<EmergencyAccess.Opened> open(@Body @Valid OpenRequest request, Authentication authentication) {
        return HttpResponse.created(emergency.open(Staff.of(authentication), request.clientId(), request.situation(),
                request.explanation()));
    }

    @Operation(description = """
            `{"items": [{"situation","law"}]}`: the situations you may open in (empty for reception and housing staff).

            Who may call it: client-work roles.
            """)
    @Get("/situations")
    public Situations situations(Authentication authentication) {
        return new Situations(EmergencySituation.allowedTo(Staff.of(authentication)).stream()
                .map(s -> new Situation(s, s.law())).toList());
    }

    /** The body's staff who may themselves break the glass are the ones who read what the other body opened. */
    @Operation(description = """
            The openings of your body's clients, by the other body's staff or by your own past need-to-know, newest
            first: `{"id","clientId","openedBy","openerOrg","situation","law","openedAt","expiresAt"}`, never the
            explanation (it may hold the opener's body's words about the client); each notice shown is an audit row
            (`EMERGENCY_NOTICE_LIST`).

            Who may call it: THERAPIST, SOCIAL_WORKER.
            """)
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
