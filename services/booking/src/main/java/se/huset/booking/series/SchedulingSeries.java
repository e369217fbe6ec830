package se.huset.booking.series;

import se.huset.contracts.security.Org;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.appointment.AppointmentRepository;
import se.huset.booking.appointment.AppointmentStatus;
import se.huset.booking.appointment.AppointmentType;
import se.huset.booking.appointment.AppointmentView;
import se.huset.booking.appointment.BookingAppointment;
import se.huset.booking.appointment.ResourceCheck;
import se.huset.booking.calendar.StaffCalendar;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.room.Room;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.time.ClinicTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Books a weekly group series as one appointment per occurrence, all or nothing. Each occurrence is an ordinary
 * GROUP_SESSION appointment, so one can be moved or cancelled without touching the others. Weeks are counted in
 * local time: a 17:00 group stays at 17:00 across the change to or from summer time.
 */
@Singleton
public class SchedulingSeries {

    private final ResourceCheck check;
    private final BookingAppointment booking;
    private final SeriesRepository series;
    private final AppointmentRepository appointments;
    private final BookingSettings settings;
    private final Clock clock;

    public SchedulingSeries(ResourceCheck check, BookingAppointment booking, SeriesRepository series,
                            AppointmentRepository appointments, BookingSettings settings, Clock clock) {
        this.check = check;
        this.booking = booking;
        this.series = series;
        this.appointments = appointments;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public SeriesView schedule(Staff booker, SeriesInput input) {
        TimeRange first = TimeRange.of("start", input.start(), "end", input.end());
        List<TimeRange> weeks = new ArrayList<>();
        ZonedDateTime start = first.start().atZone(ClinicTime.ZONE);
        ZonedDateTime end = first.end().atZone(ClinicTime.ZONE);
        for (int k = 0; k < input.weeks(); k++) {
            weeks.add(new TimeRange(start.plusWeeks(k).toInstant(), end.plusWeeks(k).toInstant()));
        }
        List<StaffCalendar> calendars = List.of();
        Room room = null;
        for (TimeRange during : weeks) {
            calendars = check.staff("facilitators", input.facilitators(), during, "start");
            room = check.room("roomId", input.roomId(), during, "start");
        }
        if (room != null && input.capacity() > room.capacity()) {
            throw ProblemException.invalid("capacity", "the room takes at most " + room.capacity());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SeriesRepository.Row row = new SeriesRepository.Row(UUID.randomUUID(), input.title().strip(), input.roomId(),
                input.capacity(), input.facilitators(), BookingAppointment.ownerOf(booker, calendars).name(),
                input.weeks());
        series.insert(row, booker.username(), now);
        for (int k = 0; k < weeks.size(); k++) {
            booking.place(booker, new Appointment(UUID.randomUUID(), AppointmentType.GROUP_SESSION,
                    AppointmentStatus.BOOKED, null, input.facilitators(), input.roomId(), weeks.get(k).start(),
                    weeks.get(k).end(), Org.valueOf(row.ownerOrg()), booker.username(),
                    now, null, row.id(), k + 1, input.capacity()));
        }
        return view(row);
    }

    @Transactional(readOnly = true)
    public SeriesView one(UUID id) {
        return view(series.find(id).orElseThrow(() -> ProblemException.notFound("Series " + id)));
    }

    private SeriesView view(SeriesRepository.Row row) {
        return new SeriesView(row.id(), row.title(), row.roomId(), row.capacity(), row.facilitators(), row.ownerOrg(),
                row.weeks(), appointments.inSeries(row.id()).stream().map(AppointmentView::of).toList());
    }
}
