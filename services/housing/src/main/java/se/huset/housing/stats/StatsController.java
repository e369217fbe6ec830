package se.huset.housing.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import se.huset.contracts.security.Roles;
import se.huset.contracts.stats.HousingStatsDocument;
import se.huset.kit.problem.ProblemException;

import java.time.Clock;
import java.time.YearMonth;

/** Aggregates: {@code /stats} for the steering group, user organisations and rollout; {@code /costs} for funding. */
@Controller("/api/housing")
public class StatsController {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private static final int MAX_MONTHS = 60;

    private final HousingStats stats;
    private final ExternalCosts costs;
    private final Clock clock;

    public StatsController(HousingStats stats, ExternalCosts costs, Clock clock) {
        this.stats = stats;
        this.costs = costs;
        this.clock = clock;
    }

    /**
     * Occupancy per unit, median waiting days, endings by reason, share of endings with an aftercare plan, external
     * cost per month; each with `value`, `n`, `missing`, small cells `"<5"`.
     *
     * Who may call it: STEERING, USER_ORG, SERVICE.
     */
    @Get("/stats")
    @Secured({Roles.STEERING, Roles.USER_ORG, Roles.SERVICE})
    public HousingStatsDocument stats(@QueryValue(defaultValue = "12") @Min(1) @Max(MAX_MONTHS) int months) {
        return stats.report(months);
    }

    /** External placement costs per month and paying body; {@code from}/{@code to} as YYYY-MM, default this year. */
    @Get("/costs")
    @Secured({Roles.STEERING, Roles.SOCIAL_WORKER})
    public ExternalCosts.Report costs(
            @Nullable @QueryValue @Pattern(regexp = MONTH, message = "must be YYYY-MM") String from,
            @Nullable @QueryValue @Pattern(regexp = MONTH, message = "must be YYYY-MM") String to) {
        YearMonth end = to == null ? YearMonth.now(clock) : YearMonth.parse(to);
        YearMonth start = from == null ? YearMonth.of(end.getYear(), 1) : YearMonth.parse(from);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
            throw ProblemException.invalid("to", "at most " + MAX_MONTHS + " months at a time");
        }
        return costs.report(start, end);
    }
}
