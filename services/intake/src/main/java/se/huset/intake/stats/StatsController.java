package se.huset.intake.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.IntakeStatsDocument;

/** {@code GET /api/intake/stats}: aggregates for the steering group, user organisations and the rollout service. */
@Controller("/api/intake/stats")
@Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
public class StatsController {

    private final IntakeStats stats;

    public StatsController(IntakeStats stats) {
        this.stats = stats;
    }

    /**
     * Contacts per ISO week by channel, kind and referrer (every week of the range, the week in progress last); median minutes from contact to triage; share triaged within
     * one working day; share of active clients whose consent names the other body. Every figure has `value`, `n` and
     * `missing`; counts under 5 are `"<5"`, and so is any figure that would reveal one.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get
    public IntakeStatsDocument stats(@QueryValue(defaultValue = "12") @Min(1) @Max(156) int weeks) {
        return stats.report(weeks);
    }
}
