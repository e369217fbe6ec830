package se.huset.housing.alert;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Lost-housing alerts as social workers see them: through the consent rule, each read logged. */
@Singleton
public class Alerts {

    private final AlertRepository alerts;
    private final ConsentGuard guard;
    private final Clock clock;

    public Alerts(AlertRepository alerts, ConsentGuard guard, Clock clock) {
        this.alerts = alerts;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public Visible<Alert> list(Staff staff) {
        return guard.filter(staff, alerts.recent(clock.instant().minus(Duration.ofDays(90))), Alert::asRecord, "LIST");
    }

    @Transactional
    public Alert acknowledge(Staff staff, UUID id) {
        Alert alert = alerts.findById(id).orElseThrow(() -> ProblemException.notFound("Alert " + id));
        guard.read(staff, alert.asRecord(), "READ", alert);
        if (!alerts.acknowledge(id, staff.username(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw ProblemException.conflict("The alert was already acknowledged.");
        }
        guard.wrote(staff, alert.clientId(), "ACKNOWLEDGE", "alert/" + id);
        return alerts.findById(id).orElseThrow();
    }
}
