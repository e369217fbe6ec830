package se.huset.followup.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.FollowupStatsDocument;

@Controller("/api/followup/stats")
@Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
public class StatsController {

    private final FollowupStats stats;

    public StatsController(FollowupStats stats) {
        this.stats = stats;
    }

    /**
     * `frequentAttenders` {`count`, `shareOfPersons`, `shareOfEpisodes`}, `followUpCoverage` (6-month follow-ups done
     * among those due), `responseRate` (also per programme and per cohort: the quarter the enrollment ended),
     * `attrition` (also per programme), `openSips`, `overdueSipReviews`, `openBetweenChairsAlerts`; small cells `"<5"`.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get
    public FollowupStatsDocument stats() {
        return stats.figures();
    }
}
