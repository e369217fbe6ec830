package se.huset.gateway;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.security.token.jwt.endpoints.KeysController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import se.huset.kit.HusetApplication;
import se.huset.kit.audit.AuditTrailController;
import se.huset.kit.openapi.OpenApiController;
import se.huset.kit.web.LanguageController;

/** The edge of the suite: login and tokens, staff accounts, routing to the services, the home page. */
@OpenAPIDefinition(info = @Info(title = "HUSET gateway", version = "0.1.0"))
// no client data here: of service-kit's controllers only these are on (huset.service.holds-client-data); and the JWKS
@OpenAPIInclude(classes = {AuditTrailController.class, LanguageController.class, OpenApiController.class,
        KeysController.class})
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(GatewayApplication.class, args);
    }
}
