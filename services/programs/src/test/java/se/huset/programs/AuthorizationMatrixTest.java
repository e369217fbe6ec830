package se.huset.programs;

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

/** Every programs route, who may call it; adding a route without a line here fails the build. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends ProgramsTestSupport {

    static final Set<String> RUNNERS = Set.of(THERAPIST, SOCIAL_WORKER);
    static final Set<String> CLIENT_WORK = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .signedIn("GET /api/programs/catalog")
                .signedIn("GET /api/programs/catalog/{code}")
                .roles("PUT /api/programs/catalog/{code}", Set.of(Roles.ADMIN))
                .roles("POST /api/programs/enrollments", RUNNERS)
                .roles("GET /api/programs/enrollments/{id}", RUNNERS)
                .roles("PUT /api/programs/enrollments/{id}/goals", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/wait", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/start", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/complete", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/drop-out", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/transfer", RUNNERS)
                .roles("POST /api/programs/enrollments/{id}/cancel", RUNNERS)
                .roles("GET /api/programs/clients/{clientId}/enrollments", CLIENT_WORK)
                .roles("POST /api/programs/groups", RUNNERS)
                .roles("GET /api/programs/groups", RUNNERS)
                .roles("GET /api/programs/groups/{id}", RUNNERS)
                .roles("GET /api/programs/groups/{id}/participants", RUNNERS)
                .roles("GET /api/programs/groups/{id}/sessions/{sessionId}/attendance", RUNNERS)
                .roles("PUT /api/programs/groups/{id}/sessions/{sessionId}/attendance", RUNNERS)
                .roles("GET /programs/today", RUNNERS)
                .roles("GET /programs/groups/{id}", RUNNERS)
                .roles("POST /programs/groups/{id}/enrollments", RUNNERS)
                .roles("POST /programs/groups/{id}/enrollments/{enrollmentId}/step", RUNNERS)
                .roles("GET /programs/groups/{id}/sessions/{sessionId}/attendance", RUNNERS)
                .roles("POST /programs/groups/{id}/sessions/{sessionId}/attendance", RUNNERS)
                .roles("GET /programs/clients/{clientId}", RUNNERS)
                .roles("GET /programs/catalog/{code}/edit", Set.of(Roles.ADMIN))
                .roles("POST /programs/catalog/{code}", Set.of(Roles.ADMIN))
                .roles("GET /programs/catalog", Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF, Roles.ADMIN))
                .roles("GET /api/programs/events", Set.of(Roles.SERVICE))
                .kitRoutes("programs")
                .clientDataRoutes("programs")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("programs", router, http);
    }
}
