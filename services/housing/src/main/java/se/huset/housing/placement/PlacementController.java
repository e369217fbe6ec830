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
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.time.LocalDate;
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

    /**
     * Placements, newest first; with {@code status=WAITING} in queue order. Filters: unit, status, client, the days
     * requested ({@code from}, {@code to}) and {@code mine} (the reader coordinates them).
     */
    @Get("/placements")
    public Page<Placement> list(@Nullable @QueryValue String unitId, @Nullable @QueryValue String status,
                                @Nullable @QueryValue String clientId, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to, @Nullable @QueryValue String mine,
                                @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                Authentication authentication) {
        Staff staff = Staff.of(authentication);
        PlacementFilter filter = filter(staff, unitId, status, clientId, from, to, mine);
        return queries.page(staff, filter, Cursor.parse("after", after, filter.cursorKeys()).orElse(null),
                ListParams.limit(limit));
    }

    /** The same filters as the API reads them, for the pages too. */
    public static PlacementFilter filter(Staff staff, @Nullable String unitId, @Nullable String status,
                                         @Nullable String clientId, @Nullable String from, @Nullable String to,
                                         @Nullable String mine) {
        LocalDate fromDay = ListParams.date("from", from);
        LocalDate toDay = ListParams.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            // a period that ends before it begins is a mistake worth naming
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new PlacementFilter(ListParams.id("unitId", unitId),
                ListParams.choice("status", status, PlacementStatus.class), ListParams.id("clientId", clientId),
                fromDay, toDay, ListParams.flag("mine", mine) ? staff.username() : null);
    }

    /**
     * A page of placements through the consent rule, newest request first (`status=WAITING`: in queue order);
     * `from`/`to` are the days requested (YYYY-MM-DD), `mine=true` those the reader coordinates.
     *
     * Who may call it: SOCIAL_WORKER, HOUSING_STAFF.
     */
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

    /**
     * `{"unitId","decisionId"?}`: to a free place in another unit, in one transaction.
     *
     * Who may call it: SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Post("/placements/{id}/move")
    public Placement move(UUID id, @Body @Valid MoveRequest request, Authentication authentication) {
        return placing.move(Staff.of(authentication), id, request);
    }

    /**
     * `{"reason":"PLANNED_OWN_HOUSING|MOVED_TO_TREATMENT|BARRED_AFTER_RELAPSE|EVICTED|HOSPITAL|PRISON|LEFT|DECEASED","aftercare":{"ownerStaff","ownerOrg","nextHousing","occupation","network","followUpDate"}}`;
     * 400 naming each missing aftercare field (none needed for DECEASED).
     *
     * Who may call it: SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Post("/placements/{id}/end")
    public Placement end(UUID id, @Body @Valid EndRequest request, Authentication authentication) {
        return ending.end(Staff.of(authentication), id, request);
    }

    /** The unit's waiting list in queue order: earliest decision first, then longest waiting. */
    @Get("/units/{id}/waiting-list")
    public Page<Placement> waitingList(UUID id, @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                       Authentication authentication) {
        PlacementFilter filter = PlacementFilter.waitingAt(id);
        return queries.page(Staff.of(authentication), filter,
                Cursor.parse("after", after, filter.cursorKeys()).orElse(null), ListParams.limit(limit));
    }

    /** Optionally a newer decision to place the waiting client under. */
    @Serdeable
    public record PlaceRequest(@Nullable UUID decisionId) {
    }
}
