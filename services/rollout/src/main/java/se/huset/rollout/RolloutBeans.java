package se.huset.rollout;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.huset.rollout.plan.MilestoneSchedule;

import java.time.Clock;
import java.time.LocalDate;

@Factory
public class RolloutBeans {

    /**
     * The plan's start: the configured date, or, when none is set (the demo), the start that puts today in the last
     * month of year 1, so the steering group's board shows a year-1 state consistent with today whenever the suite runs.
     */
    @Singleton
    MilestoneSchedule schedule(@Value("${huset.rollout.start-date:}") String startDate, Clock clock) {
        return new MilestoneSchedule(startDate.isBlank()
                ? MilestoneSchedule.yearOneStartFor(LocalDate.now(clock))
                : LocalDate.parse(startDate.trim()));
    }
}
