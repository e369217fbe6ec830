package se.huset.booking.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The first-visit waiting list as a reader may see it: the other body's requests only under consent. */
@Singleton
public class WaitingList {

    private final RequestRepository requests;
    private final ConsentGuard guard;
    private final StaffCalendarRepository calendars;
    private final BookingSettings settings;
    private final Clock clock;

    public WaitingList(RequestRepository requests, ConsentGuard guard, StaffCalendarRepository calendars,
                       BookingSettings settings, Clock clock) {
        this.requests = requests;
        this.calendars = calendars;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page in the work's order (most urgent, then most overdue); each shown client's read is audited. */
    @Transactional
    public Page<RequestView> page(Staff reader, WaitingListQuery query) {
        Instant now = clock.instant();
        List<FirstVisitRequest> fetched = requests.page(query, reader.username(), ClinicTime.ZONE, now,
                Page.fetchSize(query.limit()));
        Page<FirstVisitRequest> rows = Page.of(fetched, query.limit(), RequestRepository::cursorAfter);
        return guard.page(reader, rows, FirstVisitRequest::owned, "LIST").map(r -> RequestView.of(r, now));
    }

    /** The counts the reader's team can act on: their own body's open requests (none for a reader without one). */
    @Transactional
    public WorklistCounts counts(Staff reader) {
        if (reader.org() == null) {
            return new WorklistCounts(0, 0, 0, 0, 0);
        }
        return requests.counts(reader.org(), reader.username(), clock.instant());
    }

    /** The reader's colleagues a request can be assigned to: staff of the same body with a calendar. */
    @Transactional
    public List<String> colleagues(Staff reader) {
        if (reader.org() == null) {
            return List.of();
        }
        return calendars.all().stream().filter(c -> c.org() == reader.org()).map(StaffCalendar::username).sorted()
                .toList();
    }

    @Transactional
    public RequestView one(Staff reader, UUID id) {
        FirstVisitRequest r = requests.find(id).orElseThrow(() -> ProblemException.notFound("First-visit request " + id));
        return guard.read(reader, r.owned(), "READ", RequestView.of(r, clock.instant()));
    }
}
