package se.huset.housing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.AuthorizationMatrix;
import se.huset.kit.testing.OpenApiCoverage;

import java.util.Set;


/**
 * Every housing route, who may call it; adding a route without a line here fails the build. Role names are
 * qualified: the test support's token constants share their names.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends HousingTestSupport {

    static final Set<String> HOUSING_WORK = Set.of(Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF);
    static final Set<String> CLIENT_WORK = Set.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .signedIn("GET /api/housing/units")
                .signedIn("GET /api/housing/units/{id}")
                .roles("POST /api/housing/units", Set.of(Roles.ADMIN))
                .roles("PUT /api/housing/units/{id}", Set.of(Roles.ADMIN))
                .roles("GET /api/housing/decisions", HOUSING_WORK)
                .roles("GET /api/housing/decisions/{id}", HOUSING_WORK)
                .roles("POST /api/housing/placements", HOUSING_WORK)
                .roles("GET /api/housing/placements", HOUSING_WORK)
                .roles("GET /api/housing/placements/{id}", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/place", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/move", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/withdraw", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/end", HOUSING_WORK)
                .roles("GET /api/housing/units/{id}/waiting-list", HOUSING_WORK)
                .roles("GET /api/housing/alerts", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /api/housing/alerts/{id}/acknowledge", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /api/housing/alerts/{id}/take", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /api/housing/alerts/{id}/assign", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /api/housing/alerts/{id}/close", Set.of(Roles.SOCIAL_WORKER))
                .roles("GET /api/housing/costs", Set.of(Roles.STEERING, Roles.SOCIAL_WORKER))
                .roles("GET /housing", HOUSING_WORK)
                .roles("GET /housing/units/{id}", HOUSING_WORK)
                .roles("POST /housing/units/{id}/placements", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/place", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/withdraw", HOUSING_WORK)
                .roles("GET /housing/placements/{id}/move", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/move", HOUSING_WORK)
                .roles("GET /housing/placements/{id}/end", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/end", HOUSING_WORK)
                .roles("GET /housing/decisions", Set.of(Roles.SOCIAL_WORKER))
                .roles("GET /housing/alerts", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /housing/alerts/{id}/acknowledge", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /housing/alerts/{id}/take", Set.of(Roles.SOCIAL_WORKER))
                .roles("POST /housing/alerts/{id}/close", Set.of(Roles.SOCIAL_WORKER))
                .roles("GET /housing/admin/units", Set.of(Roles.ADMIN))
                .roles("GET /housing/admin/units/new", Set.of(Roles.ADMIN))
                .roles("POST /housing/admin/units", Set.of(Roles.ADMIN))
                .roles("GET /housing/admin/units/{id}", Set.of(Roles.ADMIN))
                .roles("POST /housing/admin/units/{id}", Set.of(Roles.ADMIN))
                .roles("GET /api/housing/events", Set.of(Roles.SERVICE))
                .kitRoutes("housing")
                .clientDataRoutes("housing")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("housing", router, http);
    }
}
