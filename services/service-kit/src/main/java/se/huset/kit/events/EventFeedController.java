package se.huset.kit.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.events.FeedPage;
import se.huset.contracts.security.Roles;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.security.Staff;

/** {@code GET /api/{service}/events?after=&limit=}: the integration-event feed, for other services only. */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}/events")
@Secured(Roles.SERVICE)
public class EventFeedController {

    private final EventFeed feed;
    private final AuditLog audit;

    public EventFeedController(EventFeed feed, AuditLog audit) {
        this.feed = feed;
        this.audit = audit;
    }

    /**
     * A read that hands out events is logged, one row per page (which events went to whom); the empty polls of
     * consumers waiting for news disclose nothing and leave no row, or they would fill the log.
     */
    @Operation(description = """
            The transactional outbox as a feed, in order; `next` is the cursor to ask with next time. It never skips an
            event that commits late.

            Who may call it: SERVICE.
            """)
    @Get
    public FeedPage events(@QueryValue(defaultValue = "0") @Min(0) long after,
                           @QueryValue(defaultValue = "100") @Min(1) @Max(EventFeed.MAX_PAGE) int limit,
                           Authentication authentication) {
        FeedPage page = feed.after(after, limit);
        if (!page.events().isEmpty()) {
            audit.record(AuditEntry.of(Staff.of(authentication), null, "READ_FEED",
                    "events?after=" + after + "&next=" + page.next() + "&events=" + page.events().size(),
                    "SERVICE", AuditEntry.Outcome.ALLOWED));
        }
        return page;
    }
}
