package se.huset.rollout;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import se.huset.rollout.plan.MilestoneSchedule;

import java.time.Clock;
import java.time.LocalDate;

@Factory
public class RolloutBeans {

    /** One clock for the service, so tests and demo data can reason about time. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    @Named("rollout")
    MessageSource rolloutMessages() {
        return new ResourceBundleMessageSource("i18n.rollout");
    }

    @Singleton
    MilestoneSchedule schedule(@Value("${huset.rollout.start-date}") LocalDate startDate) {
        return new MilestoneSchedule(startDate);
    }
}
