package se.huset.housing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.AuthorizationMatrix;

import java.util.Set;

import static se.huset.contracts.security.Roles.ADMIN;
import static se.huset.contracts.security.Roles.AUDITOR;
import static se.huset.contracts.security.Roles.HOUSING_STAFF;
import static se.huset.contracts.security.Roles.RECEPTION;
import static se.huset.contracts.security.Roles.SERVICE;
import static se.huset.contracts.security.Roles.SOCIAL_WORKER;
import static se.huset.contracts.security.Roles.STEERING;
import static se.huset.contracts.security.Roles.THERAPIST;
import static se.huset.contracts.security.Roles.USER_ORG;

/** Every housing route, who may call it; adding a route without a line here fails the build. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends HousingTestSupport {

    static final Set<String> HOUSING_WORK = Set.of(SOCIAL_WORKER, HOUSING_STAFF);
    static final Set<String> CLIENT_WORK = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .signedIn("GET /api/housing/units")
                .signedIn("GET /api/housing/units/{id}")
                .roles("POST /api/housing/units", Set.of(ADMIN))
                .roles("PUT /api/housing/units/{id}", Set.of(ADMIN))
                .roles("POST /api/housing/decisions", Set.of(SOCIAL_WORKER))
                .roles("GET /api/housing/decisions", HOUSING_WORK)
                .roles("GET /api/housing/decisions/{id}", HOUSING_WORK)
                .roles("POST /api/housing/placements", HOUSING_WORK)
                .roles("GET /api/housing/placements", HOUSING_WORK)
                .roles("GET /api/housing/placements/{id}", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/place", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/move", HOUSING_WORK)
                .roles("POST /api/housing/placements/{id}/end", HOUSING_WORK)
                .roles("GET /api/housing/units/{id}/waiting-list", HOUSING_WORK)
                .roles("GET /api/housing/alerts", Set.of(SOCIAL_WORKER))
                .roles("POST /api/housing/alerts/{id}/acknowledge", Set.of(SOCIAL_WORKER))
                .roles("GET /api/housing/stats", Set.of(STEERING, USER_ORG, SERVICE))
                .roles("GET /api/housing/costs", Set.of(STEERING, SOCIAL_WORKER, SERVICE))
                .roles("GET /api/housing/events", Set.of(SERVICE))
                .roles("GET /api/housing/clients/{clientId}/access-log", Set.of(AUDITOR))
                .roles("GET /api/housing/audit/verify", Set.of(AUDITOR))
                .roles("POST /api/housing/emergency-access", CLIENT_WORK)
                .roles("GET /housing", HOUSING_WORK)
                .roles("GET /housing/units/{id}", HOUSING_WORK)
                .roles("POST /housing/units/{id}/placements", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/place", HOUSING_WORK)
                .roles("GET /housing/placements/{id}/move", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/move", HOUSING_WORK)
                .roles("GET /housing/placements/{id}/end", HOUSING_WORK)
                .roles("POST /housing/placements/{id}/end", HOUSING_WORK)
                .roles("GET /housing/alerts", Set.of(SOCIAL_WORKER))
                .roles("POST /housing/alerts/{id}/acknowledge", Set.of(SOCIAL_WORKER))
                .roles("GET /housing/admin/units", Set.of(ADMIN))
                .roles("GET /housing/admin/units/new", Set.of(ADMIN))
                .roles("POST /housing/admin/units", Set.of(ADMIN))
                .roles("GET /housing/admin/units/{id}", Set.of(ADMIN))
                .roles("POST /housing/admin/units/{id}", Set.of(ADMIN))
                .anonymous("GET /lang")
                .verify(router, http);
    }
}
