package se.huset.casework;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Roles;
import se.huset.kit.testing.AuthorizationMatrix;
import se.huset.kit.testing.OpenApiCoverage;

import java.util.Set;

/** Every casework route, who may call it; adding a route without a line here fails the build. */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends CaseworkTestSupport {

    static final Set<String> SOCIAL = Set.of(Roles.SOCIAL_WORKER);

    @Inject
    Router router;

    @Test
    void everyRouteRefusesBadTokensAndWrongRoles() {
        new AuthorizationMatrix()
                .roles("GET /api/casework/actualisations", SOCIAL)
                .roles("GET /api/casework/actualisations/counts", SOCIAL)
                .roles("GET /api/casework/actualisations/{id}", SOCIAL)
                .roles("POST /api/casework/actualisations/{id}/assessment", SOCIAL)
                .roles("GET /api/casework/investigations", SOCIAL)
                .roles("GET /api/casework/investigations/{id}", SOCIAL)
                .roles("POST /api/casework/investigations/{id}/close", SOCIAL)
                .roles("POST /api/casework/decisions", SOCIAL)
                .roles("GET /api/casework/decisions/to-enforce", SOCIAL)
                .roles("GET /api/casework/decisions/{id}", SOCIAL)
                .roles("POST /api/casework/decisions/{id}/enforcement", SOCIAL)
                .roles("POST /api/casework/decisions/{id}/appeal", SOCIAL)
                .roles("GET /casework", SOCIAL)
                .roles("POST /casework/actualisations/{id}/assessment", SOCIAL)
                .roles("GET /casework/investigations", SOCIAL)
                .roles("POST /casework/investigations/{id}/close", SOCIAL)
                .roles("GET /casework/decisions", SOCIAL)
                .roles("POST /casework/decisions/{id}/enforcement", SOCIAL)
                .roles("GET /casework/decisions/new", SOCIAL)
                .roles("POST /casework/decisions", SOCIAL)
                .roles("GET /api/casework/events", Set.of(Roles.SERVICE))
                .kitRoutes("casework")
                .clientDataRoutes("casework")
                .verify(router, http);
    }

    @Test
    void theOpenApiDocumentNamesEveryRoute() {
        OpenApiCoverage.verify("casework", router, http);
    }
}
