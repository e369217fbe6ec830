package se.huset.booking.request;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.events.FeedPage;
import se.huset.contracts.security.Roles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Intake's feed as booking's poller sees it, served by the test application itself. */
@Requires(property = "booking.test.stub-intake", value = "true")
@Controller("/api/intake/events")
@Secured(Roles.SERVICE)
public class StubIntakeFeed {

    static final List<FeedEvent> EVENTS = new CopyOnWriteArrayList<>();

    @Get
    public FeedPage events(@QueryValue(defaultValue = "0") long after, @QueryValue(defaultValue = "100") int limit) {
        List<FeedEvent> page = EVENTS.stream().filter(e -> e.seq() > after).limit(limit).toList();
        return new FeedPage(page, page.isEmpty() ? after : page.get(page.size() - 1).seq());
    }
}
