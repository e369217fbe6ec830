package se.huset.housing.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/housing/decisions")
public class DecisionController {

    private final DecisionRepository decisions;
    private final ConsentGuard guard;

    public DecisionController(DecisionRepository decisions, ConsentGuard guard) {
        this.decisions = decisions;
        this.guard = guard;
    }

    /**
     * One of the housing decisions social services made in casework (403 `…/consent-required`). Decisions are
     * recorded in casework (`POST /api/casework/decisions`) and reach housing on its feed.
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
