package se.huset.kit.timeline;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import se.huset.contracts.security.Roles;
import se.huset.contracts.timeline.TimelinePage;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** A service's part of a client's timeline, for the client overview (intake's), read with the reader's own token. */
@Requires(beans = TimelineSource.class)
@Controller("/api/${huset.service.name}")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class TimelineController {

    private final ClientTimeline timeline;

    public TimelineController(ClientTimeline timeline) {
        this.timeline = timeline;
    }

    @Operation(description = """
            The client's records in this service as timeline steps, newest first: `{"entries":[…],"withheld":[{"body",
            "category","reason","count"}],"more"}`. `before` is the cursor of the last step already shown (the
            overview's `next`), `kind` and `body` filter, `limit` 1–100 (25). Steps the reader may not see under the
            consent rule are counted in `withheld` by body, category and reason over the whole timeline; every step
            shown or withheld is in the audit log.

            Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF; a service token sees nothing.
            """)
    @Get("/clients/{clientId}/timeline")
    public TimelinePage timeline(UUID clientId, @Nullable @QueryValue String before, @Nullable @QueryValue String kind,
                                 @Nullable @QueryValue String body, @Nullable @QueryValue String limit,
                                 Authentication authentication) {
        return timeline.page(Staff.of(authentication), clientId, TimelineQuery.parse(before, kind, body, limit));
    }
}
