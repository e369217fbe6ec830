package se.huset.booking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.AuthorizationMatrix;
import se.huset.kit.testing.OpenApiCoverage;

import java.util.Set;

import static se.huset.contracts.security.Roles.HOUSING_STAFF;
import static se.huset.contracts.security.Roles.RECEPTION;
import static se.huset.contracts.security.Roles.SERVICE;
import static se.huset.contracts.security.Roles.SOCIAL_WORKER;
import static se.huset.contracts.security.Roles.THERAPIST;

/**
 * Every booking route, who may call it; adding a route without a line here fails the build. (Role names are
 * qualified: the support class's ADMIN is a token.)
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends BookingTestSupport {

    static final Set<String> CLIENT_WORK = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);
    static final Set<String> BOOKERS = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);
    static final Set<String> READERS = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF, Roles.ADMIN);
    static final Set<String> PAGES = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF, Roles.ADMIN);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .roles("POST /api/booking/appointments", BOOKERS)
                .roles("GET /api/booking/appointments", BOOKERS)
                .roles("GET /api/booking/appointments/{id}", BOOKERS)
                .roles("POST /api/booking/appointments/{id}/cancel", BOOKERS)
                .roles("POST /api/booking/appointments/{id}/attended", BOOKERS)
                .roles("POST /api/booking/appointments/{id}/no-show", BOOKERS)
                .roles("POST /api/booking/appointments/{id}/move", BOOKERS)
                .roles("GET /api/booking/slots", BOOKERS)
                .roles("GET /api/booking/requests", BOOKERS)
                .roles("GET /api/booking/requests/counts", BOOKERS)
                .roles("GET /api/booking/requests/{id}", BOOKERS)
                .roles("POST /api/booking/requests/{id}/take", CLIENT_WORK)
                .roles("POST /api/booking/requests/{id}/assign", CLIENT_WORK)
                .roles("POST /api/booking/requests/{id}/release", CLIENT_WORK)
                .roles("POST /api/booking/requests/{id}/close", CLIENT_WORK)
                .roles("POST /api/booking/series", BOOKERS)
                .roles("GET /api/booking/series/{id}", BOOKERS)
                .roles("GET /api/booking/calendars", READERS)
                .roles("PUT /api/booking/calendars/{username}", Set.of(Roles.ADMIN))
                .roles("POST /api/booking/calendars/{username}/absences", Set.of(Roles.ADMIN))
                .roles("POST /api/booking/calendar-feed", CLIENT_WORK)
                .anonymous("GET /api/booking/calendar-feed/{token}")
                .roles("GET /api/booking/rooms", READERS)
                .roles("POST /api/booking/rooms", Set.of(Roles.ADMIN))
                .roles("GET /api/booking/presence", Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF, Roles.ADMIN,
                        Roles.USER_ORG, Roles.STEERING))
                .roles("POST /api/booking/presence", Set.of(Roles.ADMIN))
                .roles("GET /booking/waiting-list", CLIENT_WORK)
                .roles("GET /booking/waiting-list/{id}", CLIENT_WORK)
                .roles("POST /booking/waiting-list/{id}/book", CLIENT_WORK)
                .roles("POST /booking/waiting-list/{id}/work", CLIENT_WORK)
                .roles("GET /booking/day", CLIENT_WORK)
                .roles("POST /booking/appointments/{id}/status", CLIENT_WORK)
                .roles("GET /booking/rooms", PAGES)
                .roles("GET /booking/calendar-feed", CLIENT_WORK)
                .roles("POST /booking/calendar-feed", CLIENT_WORK)
                .roles("GET /booking/admin", Set.of(Roles.ADMIN))
                .roles("POST /booking/admin/calendars", Set.of(Roles.ADMIN))
                .roles("POST /booking/admin/absences", Set.of(Roles.ADMIN))
                .roles("POST /booking/admin/rooms", Set.of(Roles.ADMIN))
                .roles("POST /booking/admin/presence", Set.of(Roles.ADMIN))
                .roles("GET /api/booking/events", Set.of(Roles.SERVICE))
                .kitRoutes("booking")
                .clientDataRoutes("booking")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("booking", router, http);
    }
}
