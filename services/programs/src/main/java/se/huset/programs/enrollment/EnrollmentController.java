package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** Enrollments and their lifecycle. Therapists and social workers run programmes; reception may look them up. */
@Controller("/api/programs")
@Secured({Roles.THERAPIST, Roles.SOCIAL_WORKER})
public class EnrollmentController {

    private final Enrolling enrolling;
    private final Idempotency idempotency;

    public EnrollmentController(Enrolling enrolling, Idempotency idempotency) {
        this.enrolling = enrolling;
        this.idempotency = idempotency;
    }

    /**
     * `{"clientId","programCode","groupId"?,"goals"?}` → 201 with `id` (status REFERRED, `returning`); 422 with the
     * reason for age, format or body; 409 when already enrolled; `Idempotency-Key`.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Post("/enrollments")
    public HttpResponse<?> enroll(@Body @Valid EnrollmentRequest request,
                                  @Nullable @Header(Idempotency.HEADER) String key, Authentication auth) {
        Staff staff = Staff.of(auth);
        return idempotency.created("enrollment:" + staff.username(), key, () -> enrolling.enroll(staff, request));
    }

    /**
     * One enrollment (403 `…/consent-required` for the other body's without consent); individual goals.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Get("/enrollments/{id}")
    public EnrollmentView get(UUID id, Authentication auth) {
        return enrolling.get(Staff.of(auth), id);
    }

    /**
     * One enrollment (403 `…/consent-required` for the other body's without consent); individual goals.
     *
     * Who may call it: THERAPIST, SOCIAL_WORKER.
     */
    @Put("/enrollments/{id}/goals")
    public EnrollmentView goals(UUID id, @Body @Valid GoalsRequest request, Authentication auth) {
        return enrolling.goals(Staff.of(auth), id, request.goals());
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/wait")
    public EnrollmentView waitForPlace(UUID id, Authentication auth) {
        return enrolling.step(Staff.of(auth), id, EnrollmentLifecycle.Step.WAIT);
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/start")
    public EnrollmentView start(UUID id, Authentication auth) {
        return enrolling.step(Staff.of(auth), id, EnrollmentLifecycle.Step.START);
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/complete")
    public EnrollmentView complete(UUID id, Authentication auth) {
        return enrolling.step(Staff.of(auth), id, EnrollmentLifecycle.Step.COMPLETE);
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/drop-out")
    public EnrollmentView dropOut(UUID id, @Body @Valid DropOutRequest request, Authentication auth) {
        return enrolling.dropOut(Staff.of(auth), id, request);
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/transfer")
    public EnrollmentView transfer(UUID id, Authentication auth) {
        return enrolling.step(Staff.of(auth), id, EnrollmentLifecycle.Step.TRANSFER);
    }

    /**
     * Lifecycle steps (an illegal one is 409); starting in a full group, or in a CLOSED group that has begun, is 422;
     * drop-out `{"reason","atSession"?}` (left out: the last session the client was present at).
     *
     * Who may call it: the owning body.
     */
    @Post("/enrollments/{id}/cancel")
    public EnrollmentView cancel(UUID id, Authentication auth) {
        return enrolling.step(Staff.of(auth), id, EnrollmentLifecycle.Step.CANCEL);
    }

    /**
     * A page `{"items":[…],"next","withheld":N}`, newest referral first, parallel tracks flagged.
     *
     * Who may call it: client-work roles.
     */
    @Get("/clients/{clientId}/enrollments")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public Page<EnrollmentView> forClient(UUID clientId, @Nullable @QueryValue String limit,
                                          @Nullable @QueryValue String after, Authentication auth) {
        return enrolling.pageForClient(Staff.of(auth), clientId, Cursor.parse("after", after, 2).orElse(null),
                ListParams.limit(limit));
    }
}
