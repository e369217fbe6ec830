package se.huset.followup.schedule;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The follow-ups as staff work them: a due list each, taking one on, and closing it with its outcome. */
@Singleton
public class FollowUps {

    static final String RESOURCE = "follow-up";

    private final FollowUpRepository repository;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;
    private final int lookAheadDays;
    private final int soonDays;

    /** Past this many days a follow-up is missed (MissedFollowUps marks it): the due list keeps to what can be done. */
    private final int missedAfterDays;

    public FollowUps(FollowUpRepository repository, ConsentGuard guard, FollowupSettings settings, Clock clock,
                     @Value("${huset.followup.reminders.look-ahead-days:14}") int lookAheadDays,
                     @Value("${huset.followup.reminders.soon-days:7}") int soonDays,
                     @Value("${huset.followup.reminders.missed-after-days:30}") int missedAfterDays) {
        this.repository = repository;
        this.missedAfterDays = missedAfterDays;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        this.lookAheadDays = lookAheadDays;
        this.soonDays = soonDays;
    }

    /**
     * One page of a staff member's due list with its reminders: {@code overdue} follow-ups are past their day,
     * {@code dueSoon} ones fall due today or within {@code soonDays} days (both counted over the whole list, not the
     * page); the list reaches {@code until}, the look-ahead unless the reader chose a range.
     */
    @Serdeable
    public record DueList(List<FollowUp> items, @Nullable String next, int withheld, LocalDate today, LocalDate until,
                          long overdue, long dueSoon, int soonDays, LocalDate soonUntil) {
    }

    /** The due list's query: {@code mine}, {@code overdue} (only those past their day), {@code from}/{@code to} days. */
    public record DueQuery(boolean mine, boolean overdueOnly, @Nullable LocalDate from, @Nullable LocalDate to,
                           @Nullable Cursor after, int limit) {


        public static DueQuery of(io.micronaut.http.HttpRequest<?> request) {
            var p = request.getParameters();
            LocalDate from = ListParams.date("from", p.get("from"));
            LocalDate to = ListParams.date("to", p.get("to"));
            if (from != null && to != null && to.isBefore(from)) {
                throw ProblemException.invalid("to", "must not be before from");
            }
            boolean mine = ListParams.flag("mine", p.get("mine"));
            boolean overdue = ListParams.flag("overdue", p.get("overdue"));
            int limit = ListParams.limit(p.get("limit"));
            Cursor after = Cursor.parse("after", p.get("after"), 2).orElse(null);
            if (after != null) {
                after.date(0);
                after.uuid(1);
            }
            return new DueQuery(mine, overdue, from, to, after, limit);
        }
    }

    /** The caller's own follow-ups and their body's untaken ones; a colleague's taken ones are on the colleague's list. */
    @Transactional
    public DueList due(Staff staff, DueQuery q) {
        LocalDate today = settings.today();
        LocalDate soonUntil = today.plusDays(soonDays);
        LocalDate until = q.to() != null ? q.to() : today.plusDays(lookAheadDays);
        if (q.overdueOnly() && !until.isBefore(today)) {
            until = today.minusDays(1);
        }
        if (staff.org() == null) {
            return new DueList(List.of(), null, 0, today, until, 0, 0, soonDays, soonUntil);
        }
        // not what MissedFollowUps's next round will mark missed: a follow-up heard of late (a first visit of years
        // ago, read from booking's feed) never passes for work still to do
        LocalDate stillDoable = today.minusDays(missedAfterDays);
        LocalDate from = q.from() == null || q.from().isBefore(stillDoable) ? stillDoable : q.from();
        FollowUpRepository.DueFilter filter = new FollowUpRepository.DueFilter(staff.org().name(), staff.username(),
                q.mine(), from, until);
        Page<FollowUp> rows = Page.of(repository.due(filter, q.after() == null ? null : q.after().date(0),
                q.after() == null ? null : q.after().uuid(1), Page.fetchSize(q.limit())), q.limit(),
                f -> Cursor.after(f.dueOn(), f.id()));
        Page<FollowUp> page = guard.page(staff, rows, FollowUps::describe, "FOLLOW_UPS_DUE_READ");
        long[] counts = repository.dueCounts(filter, today, soonUntil);
        return new DueList(page.items(), page.next(), page.withheld(), today, until, counts[0], counts[1], soonDays, soonUntil);
    }

    @Transactional
    public Visible<FollowUp> forEnrollment(Staff staff, UUID enrollmentId) {
        return guard.filter(staff, repository.forEnrollment(enrollmentId), FollowUps::describe, "FOLLOW_UPS_READ");
    }

    @Transactional
    public Visible<FollowUp> forAppointment(Staff staff, UUID appointmentId) {
        return guard.filter(staff, repository.forAppointment(appointmentId), FollowUps::describe, "FOLLOW_UPS_READ");
    }

    @Transactional
    public FollowUp read(Staff staff, UUID id) {
        FollowUp f = repository.find(id).orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        return guard.read(staff, describe(f), "FOLLOW_UP_READ", f);
    }

    @Transactional
    public FollowUp claim(Staff staff, UUID id) {
        FollowUp f = own(staff, id);
        repository.assign(id, staff.username());
        guard.wrote(staff, describe(f), "FOLLOW_UP_CLAIMED");
        return repository.find(id).orElseThrow();
    }

    /** DONE, MISSED or DECLINED; a closed follow-up may be reopened (DUE) when it was closed by mistake. */
    @Transactional
    public FollowUp close(Staff staff, UUID id, FollowUpStatus status) {
        FollowUp f = own(staff, id);
        repository.close(id, status, clock.instant());
        guard.wrote(staff, describe(f), "FOLLOW_UP_" + status.name());
        return repository.find(id).orElseThrow();
    }

    /** Only the body that owns the enrollment works its follow-ups. */
    private FollowUp own(Staff staff, UUID id) {
        FollowUp f = repository.find(id).orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        if (staff.org() == null || !staff.org().name().equals(f.ownerOrg())) {
            throw ProblemException.forbidden("the follow-up belongs to the other body");
        }
        return f;
    }

    static OwnedRecord describe(FollowUp f) {
        return new OwnedRecord(f.clientId(), Org.valueOf(f.ownerOrg()), DataCategory.FOLLOWUP, RESOURCE);
    }
}
