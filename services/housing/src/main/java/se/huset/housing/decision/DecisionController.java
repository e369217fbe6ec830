package se.huset.housing.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/housing/decisions")
public class DecisionController {

    private final RecordingDecision recording;
    private final DecisionRepository decisions;
    private final ConsentGuard guard;
    private final Idempotency idempotency;

    public DecisionController(RecordingDecision recording, DecisionRepository decisions, ConsentGuard guard,
                              Idempotency idempotency) {
        this.recording = recording;
        this.decisions = decisions;
        this.guard = guard;
        this.idempotency = idempotency;
    }

    /**
     * Record a *biståndsbeslut* `{"clientId","decisionDate","validFrom","validTo","legalBasis":"SOL_4_1|LVM"}` → 201
     * with `id`.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post
    @Secured(Roles.SOCIAL_WORKER)
    public HttpResponse<?> record(@Body @Valid DecisionRequest request,
                                  @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("decision:" + staff.username(), idempotencyKey,
                () -> recording.record(staff, request));
    }

    /**
     * A page of a client's decisions, newest first (`clientId` required; `withheld` counts the other body's without
     * consent), one decision (403 `…/consent-required`).
     *
     * Who may call it: SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Get("/{id}")
    @Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    @Transactional
    public Decision get(UUID id, Authentication authentication) {
        Decision decision = decisions.findById(id).orElseThrow(() -> ProblemException.notFound("Decision " + id));
        return guard.read(Staff.of(authentication), decision.asRecord(), "READ", decision);
    }

    /**
     * A page of a client's decisions, newest first (`clientId` required; `withheld` counts the other body's without
     * consent), one decision (403 `…/consent-required`).
     *
     * Who may call it: SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Get
    @Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    @Transactional
    public Page<Decision> forClient(@Nullable @QueryValue String clientId, @Nullable @QueryValue String limit,
                                    @Nullable @QueryValue String after, Authentication authentication) {
        UUID client = ListParams.id("clientId", clientId);
        if (client == null) {
            throw ProblemException.invalid("clientId", "is required: whose decisions");
        }
        return guard.page(Staff.of(authentication), decisions.forClient(client,
                Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit)), Decision::asRecord, "LIST");
    }
}
