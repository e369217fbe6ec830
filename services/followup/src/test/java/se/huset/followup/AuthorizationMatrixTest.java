package se.huset.followup;

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

/** Every followup route, who may call it; adding a route without a line here fails the build. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends FollowupTestSupport {

    static final Set<String> WORKERS = Set.of(THERAPIST, SOCIAL_WORKER);
    static final Set<String> SCREENERS = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER);
    static final Set<String> CLIENT_WORK = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);
    static final Set<String> REPORT_READERS = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, Roles.STEERING, Roles.USER_ORG,
            Roles.RESEARCHER);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .roles("POST /api/followup/assessments", SCREENERS)
                .roles("GET /api/followup/clients/{clientId}/assessments", SCREENERS)
                .roles("GET /api/followup/frequent-attenders", SCREENERS)
                .roles("GET /api/followup/reports/frequency-groups", REPORT_READERS)
                .roles("GET /api/followup/reports/frequency-groups/csv", REPORT_READERS)
                .roles("GET /api/followup/reports/outcomes", REPORT_READERS)
                .roles("GET /api/followup/reports/outcomes/csv", REPORT_READERS)
                .roles("GET /api/followup/reports/frequent-attenders", REPORT_READERS)
                .roles("GET /api/followup/reports/frequent-attenders/csv", REPORT_READERS)
                .roles("GET /api/followup/reports/sips", REPORT_READERS)
                .roles("GET /api/followup/reports/sips/csv", REPORT_READERS)
                .roles("POST /api/followup/research-exports", Set.of(Roles.RESEARCHER))
                .roles("GET /api/followup/research-exports/{id}/csv", Set.of(Roles.RESEARCHER))
                .roles("GET /api/followup/follow-ups/due", WORKERS)
                .roles("GET /api/followup/follow-ups/{id}", WORKERS)
                .roles("GET /api/followup/enrollments/{enrollmentId}/follow-ups", WORKERS)
                .roles("GET /api/followup/appointments/{appointmentId}/follow-ups", WORKERS)
                .roles("POST /api/followup/follow-ups/{id}/claim", WORKERS)
                .roles("POST /api/followup/follow-ups/{id}/status", WORKERS)
                .roles("POST /api/followup/life-situations", WORKERS)
                .roles("GET /api/followup/clients/{clientId}/life-situations", WORKERS)
                .roles("POST /api/followup/sips", WORKERS)
                .roles("POST /api/followup/sips/{id}", WORKERS)
                .roles("GET /api/followup/clients/{clientId}/sips", WORKERS)
                .roles("GET /api/followup/sips", WORKERS)
                .roles("GET /api/followup/sips/{id}", WORKERS)
                .roles("POST /api/followup/sips/{id}/participants", WORKERS)
                .roles("POST /api/followup/sips/{id}/goals", WORKERS)
                .roles("POST /api/followup/sips/{id}/tasks", WORKERS)
                .roles("POST /api/followup/sips/{id}/tasks/{taskId}", WORKERS)
                .roles("GET /api/followup/alerts", CLIENT_WORK)
                .roles("POST /api/followup/alerts/{id}/take", CLIENT_WORK)
                .roles("POST /api/followup/alerts/{id}/assign", CLIENT_WORK)
                .roles("POST /api/followup/alerts/{id}/acknowledge", CLIENT_WORK)
                .roles("POST /api/followup/alerts/{id}/close", CLIENT_WORK)
                .roles("GET /followup/due", WORKERS)
                .roles("POST /followup/follow-ups/{id}/claim", WORKERS)
                .roles("POST /followup/follow-ups/{id}/status", WORKERS)
                .roles("GET /followup/follow-ups/{id}/form", WORKERS)
                .roles("POST /followup/follow-ups/{id}/form", WORKERS)
                .roles("GET /followup/frequent-attenders", SCREENERS)
                .roles("GET /followup/assessments/new", SCREENERS)
                .roles("POST /followup/assessments", SCREENERS)
                .roles("GET /followup/reports", REPORT_READERS)
                .roles("GET /followup/alerts", CLIENT_WORK)
                .roles("POST /followup/alerts/{id}/take", CLIENT_WORK)
                .roles("POST /followup/alerts/{id}/assign", CLIENT_WORK)
                .roles("POST /followup/alerts/{id}/acknowledge", CLIENT_WORK)
                .roles("POST /followup/alerts/{id}/close", CLIENT_WORK)
                .roles("GET /followup/sips", WORKERS)
                .roles("POST /followup/sips", WORKERS)
                .roles("GET /followup/sips/{id}", WORKERS)
                .roles("POST /followup/sips/{id}", WORKERS)
                .roles("POST /followup/sips/{id}/participants", WORKERS)
                .roles("POST /followup/sips/{id}/goals", WORKERS)
                .roles("POST /followup/sips/{id}/tasks", WORKERS)
                .roles("POST /followup/sips/{id}/tasks/{taskId}", WORKERS)
                .roles("GET /api/followup/events", Set.of(Roles.SERVICE))
                .kitRoutes("followup")
                .clientDataRoutes("followup")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("followup", router, http);
    }
}
