package se.huset.followup.instrument;

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
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class AssessmentController {

    private final Assessing assessing;
    private final Idempotency idempotency;

    public AssessmentController(Assessing assessing, Idempotency idempotency) {
        this.assessing = assessing;
        this.idempotency = idempotency;
    }

    /**
     * `{"clientId","instrument":"AUDIT|DUDIT","answers":[…]}` → 201 with `score`, `riskLevel` (`ZONE_I`…`ZONE_IV`;
     * `NO_DRUG_RELATED_PROBLEMS`, `DRUG_RELATED_PROBLEMS`, `PROBABLE_DEPENDENCE`, `SEX_UNKNOWN`), `aboveSexCutoff`
     * (null when the sex is unknown and it matters) and `note`; 400 naming `answers` or `answers[i]`;
     * `Idempotency-Key`.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER.
     */
    @Post("/assessments")
    public HttpResponse<?> assess(@Body AssessmentRequest request, Authentication auth,
                                  @Nullable @Header(Idempotency.HEADER) String key) {
        Staff staff = Staff.of(auth);
        return idempotency.created("followup/assessments/" + staff.username(), key, () -> assessing.assess(staff, request));
    }

    /**
     * `{"items":[…],"withheld":N}`.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER.
     */
    @Get("/clients/{clientId}/assessments")
    public Visible<Assessment> forClient(UUID clientId, Authentication auth) {
        return assessing.forClient(Staff.of(auth), clientId);
    }
}
