package se.huset.booking.calendar;

import java.time.Instant;
import java.util.UUID;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.room.Room;
import se.huset.booking.room.RoomRepository;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The per-user calendar feed: renewing its secret URL (signed in), and the feed itself (the secret is the key). */
@Controller("/api/booking/calendar-feed")
public class CalendarFeedController {

    public static final String TEXT_CALENDAR = "text/calendar";

    private final FeedTokens tokens;
    private final AppointmentRepository appointments;
    private final RoomRepository rooms;
    private final CalendarFeed feed;
    private final Clock clock;
    private final String baseUrl;

    public CalendarFeedController(FeedTokens tokens, AppointmentRepository appointments, RoomRepository rooms,
                                  CalendarFeed feed, Clock clock, @Value("${huset.public-url}") String baseUrl) {
        this.tokens = tokens;
        this.appointments = appointments;
        this.rooms = rooms;
        this.feed = feed;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * A new secret calendar URL for yourself (the old one stops working); only its hash is stored.
     *
     * Who may call it: client-work roles.
     */
    @Post
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public FeedUrl renew(Authentication authentication) {
        String token = tokens.renew(authentication.getName())
                .orElseThrow(() -> ProblemException.unprocessable("You have no staff calendar in booking; an administrator adds it."));
        return new FeedUrl(urlFor(token));
    }

    public String urlFor(String token) {
        return baseUrl + "/api/booking/calendar-feed/" + token;
    }

    /** Anonymous by design (calendar apps cannot sign in); an unknown secret answers 404 like any unknown path. */
    @Get(value = "/{token}", produces = TEXT_CALENDAR)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Transactional(readOnly = true)
    public HttpResponse<String> feed(String token) {
        String username = tokens.ownerOf(token).orElseThrow(() -> ProblemException.notFound("Calendar feed"));
        Instant now = clock.instant();
        TimeRange window = new TimeRange(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(180)));
        Map<UUID, String> names = rooms.all().stream().collect(Collectors.toMap(Room::id, Room::name));
        return HttpResponse.ok(feed.render(appointments.forStaff(username, window), names))
                .contentType(TEXT_CALENDAR + "; charset=utf-8");
    }

    @Serdeable
    public record FeedUrl(String url) {
    }
}
