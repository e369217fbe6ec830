package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.TimeRange;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of appointments, each through the consent rule: the other body's appointments only under consent. */
@Singleton
public class AppointmentQueries {

    private final AppointmentRepository appointments;
    private final ConsentGuard guard;

    public AppointmentQueries(AppointmentRepository appointments, ConsentGuard guard) {
        this.appointments = appointments;
        this.guard = guard;
    }

    @Transactional
    public AppointmentView one(Staff reader, UUID id) {
        Appointment a = appointments.find(id).orElseThrow(() -> ProblemException.notFound("Appointment " + id));
        return guard.read(reader, a.owned(), "READ", AppointmentView.of(a));
    }

    /**
     * One page of a window's appointments in start order, narrowed by one of staff, room or client (or none); the
     * other body's only under consent, the rest counted as withheld.
     */
    @Transactional
    public Page<AppointmentView> list(Staff reader, @Nullable String staff, @Nullable UUID room,
                                      @Nullable UUID client, TimeRange window, int limit, Optional<Cursor> after) {
        List<Appointment> fetched = appointments.page(staff, room, client, window,
                after.map(c -> c.instant(0)).orElse(null), after.map(c -> c.uuid(1)).orElse(null),
                Page.fetchSize(limit));
        Page<Appointment> rows = Page.of(fetched, limit, a -> Cursor.after(a.start(), a.id()));
        return guard.page(reader, rows, Appointment::owned, "LIST").map(AppointmentView::of);
    }
}
