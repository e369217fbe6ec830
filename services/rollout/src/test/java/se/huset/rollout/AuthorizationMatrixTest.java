package se.huset.rollout;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.kit.testing.AuthorizationMatrix;
import se.huset.kit.testing.OpenApiCoverage;

import java.util.Set;

import static se.huset.contracts.security.Roles.ADMIN;
import static se.huset.contracts.security.Roles.AUDITOR;
import static se.huset.contracts.security.Roles.HOUSING_STAFF;
import static se.huset.contracts.security.Roles.RECEPTION;
import static se.huset.contracts.security.Roles.RESEARCHER;
import static se.huset.contracts.security.Roles.SOCIAL_WORKER;
import static se.huset.contracts.security.Roles.STEERING;
import static se.huset.contracts.security.Roles.THERAPIST;
import static se.huset.contracts.security.Roles.USER_ORG;

/** Every rollout route, who may call it: all staff and user organisations read, only STEERING edits. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends RolloutTestSupport {

    static final Set<String> READ = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF, STEERING, RESEARCHER,
            AUDITOR, ADMIN, USER_ORG);
    static final Set<String> EDIT = Set.of(STEERING);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .roles("GET /api/rollout/plan", READ)
                .roles("GET /api/rollout/milestones/{code}", READ)
                .roles("PATCH /api/rollout/milestones/{code}", EDIT)
                .roles("GET /api/rollout/kpis", READ)
                .roles("GET /api/rollout/kpis/{code}/series", READ)
                .roles("GET /api/rollout/action-plans", READ)
                .roles("POST /api/rollout/action-plans", EDIT)
                .roles("PATCH /api/rollout/action-plans/{id}", EDIT)
                .roles("GET /api/rollout/trainings", READ)
                .roles("POST /api/rollout/trainings", EDIT)
                .roles("GET /api/rollout/costs", READ)
                .roles("POST /api/rollout/costs", EDIT)
                .roles("GET /rollout", READ)
                .roles("GET /rollout/milestones/{code}", READ)
                .roles("GET /rollout/trainings", READ)
                .roles("POST /rollout/milestones/{code}", EDIT)
                .roles("POST /rollout/action-plans/{id}/status", EDIT)
                .roles("GET /rollout/register", EDIT)
                .roles("POST /rollout/register/action-plan", EDIT)
                .roles("POST /rollout/register/training", EDIT)
                .roles("POST /rollout/register/cost", EDIT)
                .roles("GET /rollout/report.pdf", READ)
                .roles("GET /rollout/kpis.csv", READ)
                .kitRoutes("rollout")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("rollout", router, http);
    }
}
