package se.huset.followup;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import se.huset.kit.HusetApplication;
import se.huset.kit.audit.AuditController;
import se.huset.kit.audit.AuditTrailController;
import se.huset.kit.consent.EmergencyAccessController;
import se.huset.kit.consent.EmergencyReviewController;
import se.huset.kit.events.EventFeedController;
import se.huset.kit.openapi.OpenApiController;
import se.huset.kit.timeline.TimelineController;
import se.huset.kit.web.LanguageController;

@OpenAPIDefinition(info = @Info(title = "HUSET followup", version = "0.1.0"))
@OpenAPIInclude(classes = {AuditController.class, AuditTrailController.class, EmergencyAccessController.class,
        EmergencyReviewController.class, EventFeedController.class, LanguageController.class, OpenApiController.class,
        TimelineController.class})
public final class FollowupApplication {

    private FollowupApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(FollowupApplication.class, args);
    }
}
