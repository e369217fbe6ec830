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

    /**
     * Enrollments and active enrollments per programme and body, completion and drop-out rates (over completed +
     * dropped out) and median drop-out session, returns within 12 months, co-facilitated groups' share, parallel-track
     * clients; small cells `"<5"`.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get
    public ProgramsStatsDocument stats() {
        return stats.figures();
    }
}
