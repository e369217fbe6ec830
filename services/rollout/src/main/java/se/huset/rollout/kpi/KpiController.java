package se.huset.rollout.kpi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code GET /api/rollout/kpis}: each KPI with value, target, n, suppressed and updatedAt; and its weekly trend. */
@Controller("/api/rollout/kpis")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class KpiController {

    private final KpiBoard board;
    private final Clock clock;

    public KpiController(KpiBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    /**
     * Each KPI with `value`, `target`, `n`, `suppressed`, `updatedAt`, `ageMinutes`, `state` CURRENT|STALE|NO_DATA,
     * `source`, `field`, `milestone`, `reference`.
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get
    public List<KpiView> kpis() {
        return board.current();
    }

    /**
     * The weekly series (newest point per week).
     *
     * Who may call it: all staff, USER_ORG.
     */
    @Get("/{code}/series")
    public List<KpiPoint> series(String code, @QueryValue(defaultValue = "26") @Min(1) @Max(156) int weeks) {
        if (board.current().stream().noneMatch(k -> k.code().equals(code))) {
            throw ProblemException.notFound("KPI " + code);
        }
        return board.trends(clock.instant().minus(weeks * 7L, ChronoUnit.DAYS)).getOrDefault(code, List.of());
    }
}
