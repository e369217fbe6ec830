package se.huset.casework.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/casework/decisions")
@Secured(Roles.SOCIAL_WORKER)
public class DecisionController {

    private final DecisionRepository decisions;
    private final RecordingDecision recording;
    private final ConsentGuard guard;
    private final Clock clock;

    public DecisionController(DecisionRepository decisions, RecordingDecision recording, ConsentGuard guard, Clock clock) {
        this.decisions = decisions;
        this.recording = recording;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Record a decision `{"clientId","investigationId"?,"intervention","granted","legalBasis","decidedOn",
     * "validFrom"?,"validTo"?}`, decided by the caller, who must work with the client; a granted one needs
     * `validFrom`; LVM_CARE rests on LVM and every other intervention on SOL.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post
    @Status(HttpStatus.CREATED)
    public DecisionView record(@Body @Valid DecisionRequest request, Authentication authentication) {
        return DecisionView.of(recording.record(Staff.of(authentication), request), LocalDate.now(clock));
    }

    /**
     * Granted decisions not yet enforced, the oldest first, each with `enforceBy` (three months after the decision)
     * and `reportable` once past it: `reportable=true` keeps only those, the list for the report to IVO;
     * `intervention` narrows to one; a page at a time (`limit`, `after`); decisions of clients the caller does not
     * work with are withheld and counted.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get("/to-enforce")
    @Transactional
    public Page<DecisionView> toEnforce(@Nullable @QueryValue String intervention, @Nullable @QueryValue Boolean reportable,
                                        @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                        Authentication authentication) {
        LocalDate today = LocalDate.now(clock);
        Page<Decision> page = decisions.toEnforce(ListParams.choice("intervention", intervention, Intervention.class),
                Boolean.TRUE.equals(reportable) ? today.minusMonths(EnforcementDeadline.MONTHS) : null,
                Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
        return guard.page(Staff.of(authentication), page, Decision::asRecord, "LIST").map(d -> DecisionView.of(d, today));
    }

    /**
     * One decision with its enforcement deadline (403 `…/consent-required` to a reader who does not work with the
     * client).
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get("/{id}")
    @Transactional
    public DecisionView get(UUID id, Authentication authentication) {
        Decision decision = decisions.findById(id).orElseThrow(() -> ProblemException.notFound("Decision " + id));
        return DecisionView.of(guard.read(Staff.of(authentication), decision.asRecord(), "READ", decision),
                LocalDate.now(clock));
    }

    /**
     * The intervention started `{"on":"YYYY-MM-DD"}` (today when left out): 409 for a refused decision or one
     * enforced already.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post("/{id}/enforcement")
    public DecisionView enforce(UUID id, @Body @Nullable DateRequest request, Authentication authentication) {
        return DecisionView.of(recording.enforce(Staff.of(authentication), id, request), LocalDate.now(clock));
    }

    /**
     * The client appealed `{"on":"YYYY-MM-DD"}` (today when left out); 409 when an appeal was noted already.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post("/{id}/appeal")
    public DecisionView appeal(UUID id, @Body @Nullable DateRequest request, Authentication authentication) {
        return DecisionView.of(recording.appeal(Staff.of(authentication), id, request), LocalDate.now(clock));
    }
}
