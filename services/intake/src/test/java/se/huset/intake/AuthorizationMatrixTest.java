package se.huset.intake;

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

/** Every intake route, who may call it; adding a route without a line here fails the build. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends IntakeTestSupport {

    static final Set<String> REGISTER = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER);
    static final Set<String> CLIENT_WORK = Set.of(RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .roles("POST /api/intake/contacts", REGISTER)
                .roles("GET /api/intake/contacts", CLIENT_WORK)
                .roles("GET /api/intake/contacts/{id}", CLIENT_WORK)
                .roles("POST /api/intake/contacts/{id}/triage", REGISTER)
                .roles("POST /api/intake/contacts/{id}/link", REGISTER)
                .roles("POST /api/intake/contacts/{id}/take", REGISTER)
                .roles("POST /api/intake/contacts/{id}/assign", REGISTER)
                .roles("POST /api/intake/contacts/{id}/release", REGISTER)
                .roles("POST /api/intake/contacts/{id}/close", REGISTER)
                .roles("GET /api/intake/clients/identities", CLIENT_WORK)
                .roles("GET /api/intake/clients", CLIENT_WORK)
                .roles("GET /api/intake/clients/{clientId}", CLIENT_WORK)
                .roles("POST /api/intake/clients/{clientId}/consents", REGISTER)
                .roles("GET /api/intake/clients/{clientId}/consents", CLIENT_WORK)
                .roles("GET /api/intake/clients/{clientId}/overview", CLIENT_WORK)
                .roles("GET /api/intake/clients/{clientId}/care-team", CLIENT_WORK)
                .roles("POST /api/intake/clients/{clientId}/care-team", CLIENT_WORK)
                .roles("DELETE /api/intake/clients/{clientId}/care-team", CLIENT_WORK)
                .roles("POST /api/intake/consents/{consentId}/revoke", REGISTER)
                .roles("GET /intake/reception", REGISTER)
                .roles("POST /intake/reception", REGISTER)
                .roles("GET /intake/triage", REGISTER)
                .roles("GET /intake/triage/queue", REGISTER)
                .roles("POST /intake/triage/{id}", REGISTER)
                .roles("POST /intake/triage/{id}/take", REGISTER)
                .roles("POST /intake/triage/{id}/assign", REGISTER)
                .roles("POST /intake/triage/{id}/release", REGISTER)
                .roles("POST /intake/triage/{id}/close", REGISTER)
                .roles("GET /intake/clients", CLIENT_WORK)
                .roles("GET /intake/clients/{id}", CLIENT_WORK)
                .roles("POST /intake/clients/{id}/consents", REGISTER)
                .roles("POST /intake/clients/{id}/consents/{consentId}/revoke", REGISTER)
                .roles("POST /intake/clients/{id}/emergency-access", CLIENT_WORK)
                .roles("POST /intake/clients/{id}/care-team", CLIENT_WORK)
                .roles("POST /intake/clients/{id}/care-team/end", CLIENT_WORK)
                .roles("GET /api/intake/events", Set.of(Roles.SERVICE))
                .kitRoutes("intake")
                .clientDataRoutes("intake")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("intake", router, http);
    }
}
