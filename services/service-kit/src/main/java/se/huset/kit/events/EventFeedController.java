package se.huset.kit.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.events.FeedPage;
import se.huset.contracts.security.Roles;

/** {@code GET /api/{service}/events?after=&limit=}: the integration-event feed, for other services only. */
@Requires(property = "huset.service.holds-client-data", notEquals = "false")
@Controller("/api/${huset.service.name}/events")
@Secured(Roles.SERVICE)
public class EventFeedController {

    private final EventFeed feed;

    public EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @Get
    public FeedPage events(@QueryValue(defaultValue = "0") @Min(0) long after,
                           @QueryValue(defaultValue = "100") @Min(1) @Max(EventFeed.MAX_PAGE) int limit) {
        return feed.after(after, limit);
    }
}
