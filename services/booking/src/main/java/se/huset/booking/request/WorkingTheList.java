package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.StaffCalendarRepository;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The waiting list's worklist actions: take a request ("Jag tar den"), assign it to a named colleague, release it,
 * or close it with a reason without a visit. Only client-work staff of the body that owns the request act on it
 * (a consent lets the other body read, never act; services and the steering group never do), only while it is
 * OPEN, and each change is audited like a write of the client's data.
 */
@Singleton
public class WorkingTheList {

    private final RequestRepository requests;
    private final StaffCalendarRepository calendars;
    private final ConsentGuard guard;
    private final Clock clock;

    public WorkingTheList(RequestRepository requests, StaffCalendarRepository calendars, ConsentGuard guard,
                          Clock clock) {
        this.requests = requests;
        this.calendars = calendars;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public RequestView take(Staff staff, UUID id) {
        FirstVisitRequest r = actionable(staff, id);
        if (r.takenBy() != null && !r.takenBy().equals(staff.username())) {
            throw ProblemException.conflict("The request is taken by " + r.takenBy()
                    + "; they release it, or it is assigned to you.");
        }
        return taken(staff, r, staff.username(), "TAKE");
    }

    @Transactional
    public RequestView assign(Staff staff, UUID id, @Nullable String username) {
        FirstVisitRequest r = actionable(staff, id);
        String who = username == null ? "" : username.strip();
        if (who.isEmpty()) {
            throw ProblemException.invalid("username", "name the staff member who takes the request");
        }
        StaffCalendar colleague = calendars.find(who)
                .orElseThrow(() -> ProblemException.invalid("username", "is not a staff member with a calendar"));
        if (colleague.org() != r.unitOrg()) {
            throw ProblemException.invalid("username", "must be staff of " + r.unitOrg() + ", the body that owns the request");
        }
        return taken(staff, r, who, "ASSIGN");
    }

    @Transactional
    public RequestView release(Staff staff, UUID id) {
        FirstVisitRequest r = actionable(staff, id);
        return taken(staff, r, null, "RELEASE");
    }

    @Transactional
    public RequestView close(Staff staff, UUID id, @Nullable CloseReason reason, @Nullable String note) {
        if (reason == null) {
            throw ProblemException.invalid("reason", "must be one of DECLINED, REACHED_ELSEWHERE, DUPLICATE, NOT_REACHED");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw ProblemException.invalid("note", "must be at most 500 characters");
        }
        FirstVisitRequest r = actionable(staff, id);
        requests.close(r.id(), reason, text, staff.username(), now());
        return written(staff, r, "CLOSE");
    }

    private RequestView taken(Staff staff, FirstVisitRequest r, @Nullable String username, String action) {
        requests.take(r.id(), username, now());
        return written(staff, r, action);
    }

    /** The request locked for the change, once the reader is shown to be staff of its body and it is still open. */
    private FirstVisitRequest actionable(Staff staff, UUID id) {
        FirstVisitRequest r = requests.lock(id).orElseThrow(() -> ProblemException.notFound("First-visit request " + id));
        if (!staff.hasAny(Roles.CLIENT_WORK) || staff.has(Roles.SERVICE) || staff.org() != r.unitOrg()) {
            throw ProblemException.forbidden("Only staff of " + r.unitOrg() + ", the body that owns the request, work it.");
        }
        if (r.status() != FirstVisitRequest.Status.OPEN) {
            throw ProblemException.conflict("The request is " + r.status() + "; only an OPEN one is worked.");
        }
        return r;
    }

    private RequestView written(Staff staff, FirstVisitRequest before, String action) {
        guard.wrote(staff, before.owned(), action);
        FirstVisitRequest after = requests.find(before.id()).orElseThrow();
        return RequestView.of(after, clock.instant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
