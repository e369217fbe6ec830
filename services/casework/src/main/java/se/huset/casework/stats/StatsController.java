package se.huset.casework.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.CaseworkStatsDocument;

@Controller("/api/casework")
public class StatsController {

    private final CaseworkStats stats;

    public StatsController(CaseworkStats stats) {
        this.stats = stats;
    }

    /**
     * The chain in figures over the last `months` (1–60, default 12): actualisations by source, persons by how often
     * they were actualised, the share leading to an investigation, median days to the förhandsbedömning and per law
     * of the investigations, granted decisions by intervention, and decisions unenforced past three months; each with
     * `value`, `n`, `missing`, small cells `"<5"`.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get("/stats")
    @Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
    public CaseworkStatsDocument stats(@QueryValue(defaultValue = "12") @Min(1) @Max(60) int months) {
        return stats.report(months);
    }
}
