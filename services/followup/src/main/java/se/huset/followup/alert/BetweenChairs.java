package se.huset.followup.alert;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The between-chairs alerts as a worklist: raised and closed by their conditions ({@link #sweep}), paged for the
 * reader through the consent guard, and worked by the staff of the body whose data the alert is about.
 */
@Singleton
public class BetweenChairs {

    static final String RESOURCE = "between-chairs-alert";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final BetweenChairsRule rule;
    private final AlertRepository repository;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public BetweenChairs(AlertRepository repository, ConsentGuard guard, FollowupSettings settings, Clock clock,
                         @Value("${huset.followup.between-chairs-days:14}") int days,
                         @Value("${huset.followup.alerts.raise-within-days:30}") int raiseWithinDays,
                         @Value("${huset.followup.first-visit-days.acute:0}") int acuteDays,
                         @Value("${huset.followup.first-visit-days.soon:3}") int soonDays,
                         @Value("${huset.followup.first-visit-days.planned:14}") int plannedDays) {
        this.rule = new BetweenChairsRule(days, raiseWithinDays, Map.of(Urgency.ACUTE, acuteDays, Urgency.SOON, soonDays,
                Urgency.PLANNED, plannedDays));
        this.repository = repository;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Sweep(int raised, int closed, int reopened) {
    }

    /** Raises what has fallen due, closes what its condition has closed, reopens a first visit that came to nothing. */
    @Transactional
    public Sweep sweep() {
        var now = clock.instant();
        int closed = repository.closeMet(now);
        int reopened = repository.reopenUnbooked();
        int raised = repository.raise(rule, now, ClinicTime.ZONE);
        return new Sweep(raised, closed, reopened);
    }

    /** Not read-only: each shown client is written to the audit log. */
    @Transactional
    public Page<Alert> page(Staff reader, AlertRepository.Filter filter, @Nullable Cursor after, int limit) {
        Page<Alert> rows = Page.of(repository.page(filter, after, Page.fetchSize(limit)), limit,
                a -> Cursor.after(a.type().priority(), a.since(), a.id()));
        return guard.page(reader, rows, BetweenChairs::describe, "BETWEEN_CHAIRS_ALERTS_READ");
    }

    /** The body's alerts nobody has acknowledged yet. */
    @Transactional(readOnly = true)
    public long openFor(Org org) {
        return repository.countOpen(org.name());
    }

    /** Every alert not closed, of both bodies. */
    @Transactional(readOnly = true)
    public long unclosed() {
        return repository.countUnclosed();
    }

    /**
     * Programme ends whose grace days have run out, and how many had aftercare: the client was seen again (a
     * contact, an attended appointment, a follow-up done), as the rule asks.
     */
    @Transactional(readOnly = true)
    public AlertRepository.EndsSeen programmeEndsWithAftercare() {
        return repository.programmeEndsSeen(settings.today().minusDays(rule.graceDays()), ClinicTime.ZONE);
    }

    /** "Jag tar den": the alert is the caller's to deal with. */
    @Transactional
    public Alert take(Staff staff, UUID id) {
        Alert a = workable(staff, id);
        repository.assign(id, staff.username());
        guard.wrote(staff, describe(a), "BETWEEN_CHAIRS_ALERT_TAKEN");
        return repository.find(id).orElseThrow();
    }

    /** Given to a colleague of the same body, by username. */
    @Transactional
    public Alert assign(Staff staff, UUID id, @Nullable String to) {
        String colleague = to == null ? "" : to.strip();
        if (!USERNAME.matcher(colleague).matches()) {
            throw ProblemException.invalid("to", "must be a colleague's username (letters, digits, dot, dash)");
        }
        Alert a = workable(staff, id);
        repository.assign(id, colleague);
        guard.wrote(staff, describe(a), "BETWEEN_CHAIRS_ALERT_ASSIGNED");
        return repository.find(id).orElseThrow();
    }

    /** Seen and being dealt with: it leaves the open count, and is the caller's unless someone already has it. */
    @Transactional
    public Alert acknowledge(Staff staff, UUID id) {
        Alert a = workable(staff, id);
        if (a.status() == AlertStatus.OPEN) {
            repository.acknowledge(id, staff.username(), clock.instant());
            guard.wrote(staff, describe(a), "BETWEEN_CHAIRS_ALERT_ACKNOWLEDGED");
        }
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Alert close(Staff staff, UUID id, CloseReason reason) {
        Alert a = workable(staff, id);
        repository.close(id, staff.username(), reason, clock.instant());
        guard.wrote(staff, describe(a), "BETWEEN_CHAIRS_ALERT_CLOSED_" + reason.name());
        return repository.find(id).orElseThrow();
    }

    /** Only staff of the body whose data raised the alert work it, and only while it is not closed. */
    private Alert workable(Staff staff, UUID id) {
        Alert a = repository.lock(id).orElseThrow(() -> ProblemException.notFound("alert " + id));
        if (staff.org() == null || !staff.org().name().equals(a.ownerOrg())) {
            throw ProblemException.forbidden("the alert is about the other body's data; its staff work it");
        }
        if (a.status() == AlertStatus.CLOSED) {
            throw ProblemException.conflict("the alert is already closed");
        }
        return a;
    }

    /** As the data came: intake's inpatient episodes are care of the Region or social data of the Kommun, housing is HOUSING. */
    static OwnedRecord describe(Alert a) {
        DataCategory category = switch (a.type()) {
            case HOUSING_LOST, PLACEMENT_ENDED_WITHOUT_AFTERCARE, PLACEMENT_ENDED_WITHOUT_CONTACT -> DataCategory.HOUSING;
            case PROGRAMME_END_WITHOUT_FOLLOW_UP -> DataCategory.FOLLOWUP;
            case INPATIENT_WITHOUT_AFTERCARE, NO_FIRST_VISIT ->
                    "REGION".equals(a.ownerOrg()) ? DataCategory.CARE : DataCategory.SOCIAL;
        };
        return new OwnedRecord(a.clientId(), Org.valueOf(a.ownerOrg()), category, RESOURCE);
    }
}
