package se.huset.booking.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.calendar.TimeRange;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.List;
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

    /** Exactly one of staff, room or client narrows the window's appointments. */
    @Transactional
    public Visible<AppointmentView> list(Staff reader, @Nullable String staff, @Nullable UUID room,
                                         @Nullable UUID client, TimeRange window) {
        List<Appointment> found;
        if (staff != null) {
            found = appointments.forStaff(staff, window);
        } else if (room != null) {
            found = appointments.forRoom(room, window);
        } else if (client != null) {
            found = appointments.forClient(client, window);
        } else {
            found = appointments.inWindow(window);
        }
        Visible<Appointment> visible = guard.filter(reader, found, Appointment::owned, "LIST");
        return new Visible<>(visible.items().stream().map(AppointmentView::of).toList(), visible.withheld());
    }
}
