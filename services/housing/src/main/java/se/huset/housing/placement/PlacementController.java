package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

/** Placements: social workers and housing staff place, move and end; both read through the consent rule. */
@Controller("/api/housing")
@Secured({Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class PlacementController {

    private final PlacingClient placing;
    private final EndingPlacement ending;
    private final PlacementQueries queries;
    private final Idempotency idempotency;

    public PlacementController(PlacingClient placing, EndingPlacement ending, PlacementQueries queries,
                               Idempotency idempotency) {
        this.placing = placing;
        this.ending = ending;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    /** 201 PLACED, or WAITING when full and {@code queue} was asked; 409 when full; 422 when not eligible. */
    @Post("/placements")
    public HttpResponse<?> place(@Body @Valid PlacementRequest request,
                                 @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("placement:" + staff.username(), idempotencyKey,
                () -> placing.request(staff, request));
    }

    @Get("/placements")
    public Visible<Placement> list(@Nullable @QueryValue UUID unitId, @Nullable @QueryValue PlacementStatus status,
                                   @Nullable @QueryValue UUID clientId,
                                   @QueryValue(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                   Authentication authentication) {
        return queries.list(Staff.of(authentication), unitId, status, clientId, limit);
    }

    @Get("/placements/{id}")
    public Placement get(UUID id, Authentication authentication) {
        return queries.one(Staff.of(authentication), id);
    }

    /** Takes a waiting client into a free place. */
    @Post("/placements/{id}/place")
    public Placement placeWaiting(UUID id, @Body @Valid PlaceRequest request, Authentication authentication) {
        return placing.placeWaiting(Staff.of(authentication), id, request.decisionId());
    }

    /** Takes a waiting client off the unit's queue. */
    @Post("/placements/{id}/withdraw")
    public Placement withdraw(UUID id, Authentication authentication) {
        return placing.withdraw(Staff.of(authentication), id);
    }

    @Post("/placements/{id}/move")
    public Placement move(UUID id, @Body @Valid MoveRequest request, Authentication authentication) {
        return placing.move(Staff.of(authentication), id, request);
    }

    @Post("/placements/{id}/end")
    public Placement end(UUID id, @Body @Valid EndRequest request, Authentication authentication) {
        return ending.end(Staff.of(authentication), id, request);
    }

    /** The unit's waiting list, ordered by decision date. */
    @Get("/units/{id}/waiting-list")
    public Visible<Placement> waitingList(UUID id, Authentication authentication) {
        return queries.waitingList(Staff.of(authentication), id);
    }

    /** Optionally a newer decision to place the waiting client under. */
    @Serdeable
    public record PlaceRequest(@Nullable UUID decisionId) {
    }
}
