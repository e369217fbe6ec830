package se.huset.casework.investigation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

import java.util.UUID;

@Controller("/api/casework/investigations")
@Secured(Roles.SOCIAL_WORKER)
public class InvestigationController {

    private final InvestigationRepository investigations;
    private final ClosingInvestigation closing;
    private final InvestigationPace pace;
    private final ConsentGuard guard;

    public InvestigationController(InvestigationRepository investigations, ClosingInvestigation closing,
                                   InvestigationPace pace, ConsentGuard guard) {
        this.investigations = investigations;
        this.closing = closing;
        this.pace = pace;
        this.guard = guard;
    }

    /**
     * Open investigations, the oldest first, each with its age in `days` and `slow` when an LVM investigation has
     * been open longer than the clinic's routine allows; `handler=me` for the caller's own, `law` SOL or LVM; a page
     * at a time (`limit`, `after`); the ones the caller does not work with are withheld and counted.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get
    @Transactional
    public Page<InvestigationView> open(@Nullable @QueryValue String handler, @Nullable @QueryValue String law,
                                        @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                        Authentication authentication) {
        Staff staff = Staff.of(authentication);
        if (handler != null && !handler.equals("me")) {
            throw ProblemException.invalid("handler", "must be me (or left out for everyone's)");
        }
        Page<Investigation> page = investigations.open(handler == null ? null : staff.username(),
                ListParams.choice("law", law, Law.class), Cursor.parse("after", after, 2).orElse(null),
                ListParams.limit(limit));
        return guard.page(staff, page, Investigation::asRecord, "LIST").map(pace::view);
    }

    /**
     * One investigation with its age (403 `…/consent-required` to a reader who does not work with the client).
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get("/{id}")
    @Transactional
    public InvestigationView get(UUID id, Authentication authentication) {
        Investigation investigation = investigations.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Investigation " + id));
        return pace.view(guard.read(Staff.of(authentication), investigation.asRecord(), "READ", investigation));
    }

    /**
     * Close an investigation `{"outcome":"DECISION|LVM_APPLICATION|NO_MEASURE|DISCONTINUED","closedOn":"YYYY-MM-DD"}`
     * (closedOn defaults to today; never before it opened, never in the future); 409 when it was closed already.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post("/{id}/close")
    public InvestigationView close(UUID id, @Body @Valid CloseRequest request, Authentication authentication) {
        return pace.view(closing.close(Staff.of(authentication), id, request));
    }
}
