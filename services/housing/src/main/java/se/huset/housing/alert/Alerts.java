package se.huset.housing.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Lost-housing alerts as a worklist for social workers: read through the consent rule, each read logged; taken,
 * assigned, acknowledged and closed only by staff of the body that owns the alert (a consent lets another body
 * read it, never work it), each change logged.
 */
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
    public Page<Alert> page(Staff staff, @Nullable AlertState state, boolean mine, @Nullable Cursor after, int limit) {
        return guard.page(staff, alerts.page(state, mine ? staff.username() : null, after, limit), Alert::asRecord,
                "LIST");
    }

    @Transactional
    public int openCount(Staff staff) {
        return staff.org() == null ? 0 : alerts.openCount(staff.org());
    }

    /** Gives the alert to {@code assignee} (the reader themselves when taking it). */
    @Transactional
    public Alert assign(Staff staff, UUID id, String assignee) {
        Alert alert = workable(staff, id);
        alerts.assign(id, assignee, now());
        guard.wrote(staff, alert.asRecord(), "ASSIGN");
        return alerts.findById(id).orElseThrow();
    }

    @Transactional
    public Alert acknowledge(Staff staff, UUID id) {
        Alert alert = workable(staff, id);
        if (!alert.open()) {
            throw ProblemException.conflict("The alert was already acknowledged.");
        }
        alerts.acknowledge(id, staff.username(), now());
        guard.wrote(staff, alert.asRecord(), "ACKNOWLEDGE");
        return alerts.findById(id).orElseThrow();
    }

    @Transactional
    public Alert close(Staff staff, UUID id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw ProblemException.invalid("reason", "say in 3 to 500 characters why the alert is closed");
        }
        Alert alert = workable(staff, id);
        alerts.close(id, staff.username(), why, now());
        guard.wrote(staff, alert.asRecord(), "CLOSE");
        return alerts.findById(id).orElseThrow();
    }

    /** The alert locked, if the reader may read it, belongs to their body, and is not closed. */
    private Alert workable(Staff staff, UUID id) {
        Alert alert = alerts.lock(id).orElseThrow(() -> ProblemException.notFound("Alert " + id));
        guard.read(staff, alert.asRecord(), "READ", alert);
        if (staff.org() != alert.ownerOrg()) {
            throw ProblemException.forbidden("Only staff of the body that owns the alert may work it.");
        }
        if (alert.closed()) {
            throw ProblemException.conflict("The alert is closed.");
        }
        return alert;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
