package se.huset.rollout.cost;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.List;

@Controller("/api/rollout/costs")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class CostController {

    private final SharedCosts costs;
    private final Idempotency idempotency;

    public CostController(SharedCosts costs, Idempotency idempotency) {
        this.costs = costs;
        this.idempotency = idempotency;
    }

    /**
     * Shared costs `year`, `category` PREMISES|MANAGER|COMPETENCE_DEVELOPMENT|RESEARCH_EVALUATION|RUNNING_COSTS,
     * `amountSek`; each split 50–50 (odd öre to the Region), totals per year.
     *
     * Who may call it: read: all staff, USER_ORG; write: STEERING.
     */
    @Get
    public Costs all() {
        List<SharedCost> all = costs.all();
        return new Costs(all, costs.byYear(all));
    }

    /**
     * Shared costs `year`, `category` PREMISES|MANAGER|COMPETENCE_DEVELOPMENT|RESEARCH_EVALUATION|RUNNING_COSTS,
     * `amountSek`; each split 50–50 (odd öre to the Region), totals per year.
     *
     * Who may call it: read: all staff, USER_ORG; write: STEERING.
     */
    @Post
    @Secured(Roles.STEERING)
    public HttpResponse<?> enter(@Valid @Body EnterCostRequest request,
                                 @Nullable @Header(Idempotency.HEADER) String key, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("rollout.cost", key, () -> costs.enter(staff, request));
    }

    @Serdeable
    public record Costs(List<SharedCost> entries, List<SharedCosts.YearTotal> byYear) {
    }
}
