package se.huset.followup.schedule;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.followup.FollowupSettings;

import java.time.Clock;

/**
 * A follow-up still DUE {@code missed-after-days} after its day becomes MISSED, so the response and attrition rates
 * count it and the due list keeps to what can still be done. Staff may reopen it (status DUE) if it was reached after all.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class MissedFollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(MissedFollowUps.class);

    private final FollowUpRepository repository;
    private final FollowupSettings settings;
    private final Clock clock;
    private final int graceDays;

    public MissedFollowUps(FollowUpRepository repository, FollowupSettings settings, Clock clock,
                           @Value("${huset.followup.reminders.missed-after-days:30}") int graceDays) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    @Scheduled(fixedDelay = "${huset.followup.reminders.interval:1h}", initialDelay = "${huset.followup.reminders.initial-delay:1m}")
    void markRegularly() {
        try {
            int marked = markMissed();
            if (marked > 0) {
                LOG.info("{} follow-ups past their grace period marked MISSED", marked);
            }
        } catch (RuntimeException e) {
            LOG.warn("overdue follow-ups not marked this round: {}", e.getMessage());
        }
    }

    /** Marks every follow-up whose day is more than the grace period ago; answers how many. */
    @Transactional
    public int markMissed() {
        return repository.markMissed(settings.today().minusDays(graceDays), clock.instant());
    }
}
