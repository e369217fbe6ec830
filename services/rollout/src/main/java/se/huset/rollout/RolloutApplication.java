package se.huset.rollout;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import se.huset.kit.HusetApplication;
import se.huset.kit.audit.AuditTrailController;
import se.huset.kit.openapi.OpenApiController;
import se.huset.kit.web.LanguageController;

@OpenAPIDefinition(info = @Info(title = "HUSET rollout", version = "0.1.0"))
// no client data here: of service-kit's controllers only these are on (huset.service.holds-client-data)
@OpenAPIInclude(classes = {AuditTrailController.class, LanguageController.class, OpenApiController.class})
public final class RolloutApplication {

    private RolloutApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(RolloutApplication.class, args);
    }
}
