package se.huset.kit.consent;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

/**
 * The AUDITOR's review queue of emergency openings in this service: {@code GET …/emergency-access/reviews}
 * (unreviewed first by default, oldest first) and {@code POST …/emergency-access/{id}/review}.
 */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}/emergency-access")
@Secured(Roles.AUDITOR)
public class EmergencyReviewController {

    private final EmergencyReviews reviews;

    public EmergencyReviewController(EmergencyReviews reviews) {
        this.reviews = reviews;
    }

    @Operation(description = """
            The review queue of the service's emergency openings, oldest first (default the unreviewed): who opened
            which client (`username`, `openerOrg`), in which `situation` and why (`reason`, the explanation), when,
            until when, how many openings that user made that day in this service (`openingsThatDay`), and the review;
            each opening shown is an audit row (`EMERGENCY_REVIEW_LIST`).

            Who may call it: AUDITOR.
            """)
    @Get("/reviews")
    public Page<EmergencyReviews.Opening> queue(@QueryValue @Nullable String status, @QueryValue @Nullable String after,
                                                @QueryValue @Nullable String limit, Authentication authentication) {
        EmergencyReviews.Status s = ListParams.choice("status", status, EmergencyReviews.Status.class);
        return reviews.page(Staff.of(authentication), s == null ? EmergencyReviews.Status.UNREVIEWED : s,
                Cursor.parse("after", after, EmergencyReviews.CURSOR_KEYS).orElse(null), ListParams.limit(limit));
    }

    @Operation(description = """
            `{"outcome":"REVIEWED|ESCALATED","note"?}` marks an opening reviewed, or escalates it to the owning body's
            management; once (409 after), logged `EMERGENCY_REVIEW`.

            Who may call it: AUDITOR.
            """)
    @Post("/{id}/review")
    public EmergencyReviews.Opening review(@PathVariable long id, @Body @Valid ReviewRequest request,
                                           Authentication authentication) {
        return reviews.review(Staff.of(authentication), id, request.outcome(), request.note());
    }

    @Serdeable
    public record ReviewRequest(@NotNull EmergencyReviews.Outcome outcome, @Nullable @Size(max = 1000) String note) {
    }
}
