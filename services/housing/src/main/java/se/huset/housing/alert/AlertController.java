package se.huset.housing.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** Lost-housing alerts, the coordinators' (social workers') worklist. */
@Controller("/api/housing/alerts")
@Secured(Roles.SOCIAL_WORKER)
public class AlertController {

    /** A staff account name as the gateway issues them. */
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

    private final Alerts alerts;

    public AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Open first, then acknowledged, then closed; newest first within each. Filters: {@code state}, {@code mine}. */
    @Get
    public Page<Alert> list(@Nullable @QueryValue String state, @Nullable @QueryValue String mine,
                            @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                            Authentication authentication) {
        return alerts.page(Staff.of(authentication), ListParams.choice("state", state, AlertState.class),
                ListParams.flag("mine", mine), Cursor.parse("after", after, 3).orElse(null), ListParams.limit(limit));
    }

    /** The reader takes the alert on. */
    @Post("/{id}/take")
    public Alert take(UUID id, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return alerts.assign(staff, id, staff.username());
    }

    /** Gives the alert to a colleague of the same body. */
    @Post("/{id}/assign")
    public Alert assign(UUID id, @Body @Valid AssignRequest request, Authentication authentication) {
        return alerts.assign(Staff.of(authentication), id, request.assignee());
    }

    /**
     * Work the alert (another body or a service token: 403, nothing changed); acknowledging twice or changing a closed
     * alert is 409.
     *
     * Who may call it: SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/acknowledge")
    public Alert acknowledge(UUID id, Authentication authentication) {
        return alerts.acknowledge(Staff.of(authentication), id);
    }

    /**
     * Work the alert (another body or a service token: 403, nothing changed); acknowledging twice or changing a closed
     * alert is 409.
     *
     * Who may call it: SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/close")
    public Alert close(UUID id, @Body @Valid CloseRequest request, Authentication authentication) {
        return alerts.close(Staff.of(authentication), id, request.reason());
    }

    @Serdeable
    public record AssignRequest(@NotBlank @Pattern(regexp = USERNAME) String assignee) {
    }

    /** What was done, in words the next reader understands (for example "Plats på Björkebo ordnad"). */
    @Serdeable
    public record CloseRequest(@NotBlank @Size(min = 3, max = 500) String reason) {
    }
}
