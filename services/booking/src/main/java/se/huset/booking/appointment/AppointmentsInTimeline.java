package se.huset.booking.appointment;

import jakarta.inject.Singleton;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineKind;
import se.huset.kit.time.ClinicTime;
import se.huset.kit.timeline.TimelineItem;
import se.huset.kit.timeline.TimelineSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A client's first visits and appointments in the overview, at their start: the type, and booked, attended, missed
 * or cancelled (a group session's attendance is programs').
 */
@Singleton
class AppointmentsInTimeline implements TimelineSource {

    private final AppointmentRepository appointments;

    AppointmentsInTimeline(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public List<TimelineItem> forClient(UUID clientId) {
        return appointments.forClient(clientId).stream().filter(a -> a.type().forOneClient())
                .map(a -> new TimelineItem(new TimelineEntry(a.owned().resource(), a.start(), false,
                        TimelineKind.APPOINTMENT, a.ownerOrg(), a.type().name(), a.status().name(), null, null,
                        dayPage(a)), a.owned())).toList();
    }

    /** The day page of the appointment's first staff member, where it is listed with its status buttons. */
    private static String dayPage(Appointment a) {
        String date = a.start().atZone(ClinicTime.ZONE).toLocalDate().toString();
        return a.staff().isEmpty() ? "/booking/day?date=" + date
                : "/booking/day?staff=" + URLEncoder.encode(a.staff().get(0), StandardCharsets.UTF_8) + "&date=" + date;
    }
}
