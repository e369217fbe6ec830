package se.huset.followup.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.followup.FollowupSettings;
import se.huset.kit.list.Page;
import se.huset.kit.problem.Inputs;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.util.UUID;

/** The between-chairs worklist: a page of alerts (see {@link AlertQuery} for the filters) and the actions on one. */
@Controller("/api/followup/alerts")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class AlertController {

    private final BetweenChairs alerts;
    private final FollowupSettings settings;

    public AlertController(BetweenChairs alerts, FollowupSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    @Serdeable
    public record AssignRequest(@Nullable String to) {
    }

    @Serdeable
    public record CloseRequest(@Nullable String reason) {
    }

    /**
     * A page of between-chairs alerts (most urgent type, then the oldest, first; default `status=open`, `limit` 50, at
     * most 200; `from`/`to` are days of `since`)
     * `{"items":[{"id","type","sourceId","clientId","ownerOrg","occurredAt","since","status","assignedTo","acknowledgedBy","acknowledgedAt","closedAt","closedBy","closeReason"}],"next","withheld":N}`;
     * `occurredAt` the event, `since` when it became an alert; a bad value → 400 naming the parameter.
     *
     * Who may call it: client-work roles.
     */
    @Get
    public Page<Alert> list(HttpRequest<?> request, Authentication auth) {
        Staff staff = Staff.of(auth);
        AlertQuery q = AlertQuery.of(request, staff, ClinicTime.ZONE);
        return alerts.page(staff, q.filter(), q.after(), q.limit());
    }

    /**
     * The alert after the action; 403 for the other body's staff, 409 once closed, 400 naming `to` or `reason`.
     *
     * Who may call it: client-work roles of the owning body.
     */
    @Post("/{id}/take")
    public Alert take(UUID id, Authentication auth) {
        return alerts.take(Staff.of(auth), id);
    }

    /**
     * The alert after the action; 403 for the other body's staff, 409 once closed, 400 naming `to` or `reason`.
     *
     * Who may call it: client-work roles of the owning body.
     */
    @Post("/{id}/assign")
    public Alert assign(UUID id, @Body AssignRequest request, Authentication auth) {
        return alerts.assign(Staff.of(auth), id, request.to());
    }

    /**
     * The alert after the action; 403 for the other body's staff, 409 once closed, 400 naming `to` or `reason`.
     *
     * Who may call it: client-work roles of the owning body.
     */
    @Post("/{id}/acknowledge")
    public Alert acknowledge(UUID id, Authentication auth) {
        return alerts.acknowledge(Staff.of(auth), id);
    }

    /**
     * The alert after the action; 403 for the other body's staff, 409 once closed, 400 naming `to` or `reason`.
     *
     * Who may call it: client-work roles of the owning body.
     */
    @Post("/{id}/close")
    public Alert close(UUID id, @Body CloseRequest request, Authentication auth) {
        return alerts.close(Staff.of(auth), id, Inputs.oneOf("reason", request.reason(), CloseReason.class));
    }
}
