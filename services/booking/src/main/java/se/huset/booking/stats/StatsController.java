package se.huset.booking.stats;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.BookingStatsDocument;

@Controller("/api/booking/stats")
@Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
public class StatsController {

    private final BookingStats stats;

    public StatsController(BookingStats stats) {
        this.stats = stats;
    }

    /**
     * Median days from contact to first visit, share within the care guarantee, no-show rate by type, staffed reception
     * hours per week by body, user organisations' presence hours per week; small cells `"<5"`.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get
    public BookingStatsDocument stats(@QueryValue(defaultValue = "12") @Min(1) @Max(104) int weeks) {
        return stats.figures(weeks);
    }
}
