package se.huset.programs.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.ProgramsStatsDocument;

@Controller("/api/programs/stats")
@Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
public class StatsController {

    private final ProgramsStats stats;

    public StatsController(ProgramsStats stats) {
        this.stats = stats;
    }

    @Get
    public ProgramsStatsDocument stats() {
        return stats.figures();
    }
}
