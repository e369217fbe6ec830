package se.huset.followup.alert;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BetweenChairs#sweep} regularly: an alert is raised within one interval of falling due and closes within
 * one interval of its condition being met. Replicas may sweep at once: raising is insert-once per event, and closing
 * skips rows another transaction holds.
 */
@Singleton
@Requires(notEnv = "demo-data")
public class AlertSweep {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSweep.class);

    private final BetweenChairs alerts;

    public AlertSweep(BetweenChairs alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelay = "${huset.followup.alerts.interval:1m}", initialDelay = "${huset.followup.alerts.initial-delay:15s}")
    void sweepRegularly() {
        try {
            BetweenChairs.Sweep s = alerts.sweep();
            if (s.raised() + s.closed() + s.reopened() > 0) {
                LOG.info("between-chairs alerts: {} raised, {} closed by their condition, {} reopened", s.raised(), s.closed(), s.reopened());
            }
        } catch (RuntimeException e) {
            LOG.warn("between-chairs alerts not swept this round: {}", e.getMessage());
        }
    }
}
