package se.huset.followup.form;

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
public class LifeSituationController {

    private final RecordingLifeSituation recording;
    private final Idempotency idempotency;

    public LifeSituationController(RecordingLifeSituation recording, Idempotency idempotency) {
        this.recording = recording;
        this.idempotency = idempotency;
    }

    /**
     * `{"clientId","followUpId"?,"housing","occupation","incomeSource","alcoholDays":0-30,"drugDays":0-30,"crime","health":1-5,"qualityOfLife":1-5,"treatment":1-5,"ownGoal":"YES|PARTLY|NO","asiGrundOn"?,"asiFollowUpOn"?}`
     * → 201; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Post("/life-situations")
    public HttpResponse<?> record(@Body LifeSituationRequest request, Authentication auth,
                                  @Nullable @Header(Idempotency.HEADER) String key) {
        Staff staff = Staff.of(auth);
        return idempotency.created("followup/life-situations/" + staff.username(), key, () -> recording.record(staff, request));
    }

    /**
     * `{"clientId","followUpId"?,"housing","occupation","incomeSource","alcoholDays":0-30,"drugDays":0-30,"crime","health":1-5,"qualityOfLife":1-5,"treatment":1-5,"ownGoal":"YES|PARTLY|NO","asiGrundOn"?,"asiFollowUpOn"?}`
     * → 201; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/clients/{clientId}/life-situations")
    public Visible<LifeSituation> forClient(UUID clientId, Authentication auth) {
        return recording.forClient(Staff.of(auth), clientId);
    }
}
