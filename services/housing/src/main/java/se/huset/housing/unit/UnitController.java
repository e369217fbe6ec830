package se.huset.housing.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Units hold no client data: every signed-in user may read them; only ADMIN changes them. */
@Controller("/api/housing/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class UnitController {

    private final UnitRepository units;
    private final ManagingUnits managing;
    private final Idempotency idempotency;

    public UnitController(UnitRepository units, ManagingUnits managing, Idempotency idempotency) {
        this.units = units;
        this.managing = managing;
        this.idempotency = idempotency;
    }

    /**
     * Units with `id`, `name`, `type`
     * EMERGENCY|LOW_THRESHOLD|TRAINING_FLAT|SUPPORTED|HOUSING_FIRST|EXTERNAL_HVB|EXTERNAL_SIS|FAMILY_HOME, `capacity`,
     * `minAge`, `requiresDecision`, `provider`, `costPerDay`, and the live `occupied` and `waiting`.
     *
     * Who may call it: signed in.
     */
    @Get
    public List<Unit> list() {
        return units.all();
    }

    /**
     * Units with `id`, `name`, `type`
     * EMERGENCY|LOW_THRESHOLD|TRAINING_FLAT|SUPPORTED|HOUSING_FIRST|EXTERNAL_HVB|EXTERNAL_SIS|FAMILY_HOME, `capacity`,
     * `minAge`, `requiresDecision`, `provider`, `costPerDay`, and the live `occupied` and `waiting`.
     *
     * Who may call it: signed in.
     */
    @Get("/{id}")
    public Unit get(UUID id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("Unit " + id));
    }

    /**
     * Create or edit a unit (same fields); external units name a provider and a cost per day; capacity cannot go below
     * the places in use (409).
     *
     * Who may call it: ADMIN.
     */
    @Post
    @Secured(Roles.ADMIN)
    public HttpResponse<?> create(@Body @Valid UnitRequest request,
                                  @Nullable @Header(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created("unit", idempotencyKey, () -> managing.create(request));
    }

    /**
     * Create or edit a unit (same fields); external units name a provider and a cost per day; capacity cannot go below
     * the places in use (409).
     *
     * Who may call it: ADMIN.
     */
    @Put("/{id}")
    @Secured(Roles.ADMIN)
    public Unit update(UUID id, @Body @Valid UnitRequest request) {
        return managing.update(id, request);
    }
}
